"""The WeChat Union side of the sandbox: one state module per operation group, and the handlers.

``tokens`` (group ``token``), ``targets`` (group ``target``), ``spots`` (group ``promotion``);
``handlers`` turns requests into calls of those states, keyed by operation id ``group.name``.
"""
