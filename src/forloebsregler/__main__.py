"""`python -m forloebsregler`."""

import sys

from forloebsregler.cli import main

sys.exit(main())
