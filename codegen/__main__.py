"""Entry point: ``python -m codegen [--check] [--spec-dir DIR] [--out DIR]``."""

import sys

from codegen.generate import main

sys.exit(main())
