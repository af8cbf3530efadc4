"""Scripts for the people who keep the project's data (not installed with the tracker)."""
