"""The kiosk's own screens: welcome, idle warning, staff PIN, hand-over, start over."""
