"""The waiqin365 side of the sandbox: tenant credentials and bC campaigns (group ``bc``).

``fields`` reads body fields by the spec's generated rules, ``campaigns`` keeps the state,
``handlers`` checks the signature and answers in waiqin's envelope, keyed by operation id.
"""
