"""Every state change of a case, one module per part of the case (as Zulip's ``actions``).

Each service takes keyword-only arguments, runs in one transaction, leaves a ``CaseEvent`` on the
timeline, and refuses bad input with a Dutch ``ValidationError`` keyed by field. Callers use
``from plein.cases import services`` and ``services.<name>``.
"""

from plein.cases.services.assessment import *  # noqa: F403
from plein.cases.services.case import *  # noqa: F403
from plein.cases.services.closure import *  # noqa: F403
from plein.cases.services.conference import *  # noqa: F403
from plein.cases.services.contact import *  # noqa: F403
from plein.cases.services.handover import *  # noqa: F403
from plein.cases.services.plan import *  # noqa: F403
from plein.cases.services.process_direction import *  # noqa: F403
from plein.cases.services.safety import *  # noqa: F403
