"""Every state change of the decisions context, each in one transaction, where the rules live.

Import from here: ``from plein.decisions import services``.
"""

from plein.decisions.services.allocations import *  # noqa: F403
from plein.decisions.services.checks import *  # noqa: F403
from plein.decisions.services.decisions import *  # noqa: F403
from plein.decisions.services.messages import *  # noqa: F403
from plein.decisions.services.objections import *  # noqa: F403
from plein.decisions.services.requests import *  # noqa: F403
