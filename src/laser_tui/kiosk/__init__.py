"""Kiosk mode: settings, staff PIN, hand-overs, idle clock and the kiosk app."""
