"""Terminal sizes the tests use: the smallest supported and a roomy one."""

SMALL = (80, 24)
LARGE = (120, 40)
