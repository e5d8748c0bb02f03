"""The terminal under the app: input that cannot kill it, output that cannot block it."""
