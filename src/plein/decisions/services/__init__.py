"""Every state change of the decisions context. Import from here: ``from plein.decisions import services``."""

# Each helper module lists its public names in __all__; they are re-exported here as they land.
