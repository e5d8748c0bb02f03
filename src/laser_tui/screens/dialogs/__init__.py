"""Modal dialogs shared by the app's screens."""
