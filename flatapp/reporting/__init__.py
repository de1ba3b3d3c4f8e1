"""Reporting back after the tent: the report, the invitations, the update handout, the next round."""
