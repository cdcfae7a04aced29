"""The Packs page: import, inspect, install, remove and export cooperation demo packs."""
