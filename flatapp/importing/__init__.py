"""Reading the corporation's address export (CSV or xlsx) into checked home records."""
