"""The Qt face of FlatApp: views and controllers over flatapp.services."""
