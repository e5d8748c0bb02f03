"""`python -m benchmarks` runs every benchmark and prints the table and the JSON line."""

from benchmarks.run import main

raise SystemExit(main())
