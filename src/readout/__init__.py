"""readout: news coverage of diplomacy → a sourced, structured picture of what happened."""

__version__ = "0.1.0"
