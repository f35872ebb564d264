"""Privacy: retention and destruction, consent, and the access log (one module each)."""

from plein.privacy.models.access_log import *  # noqa: F403
from plein.privacy.models.access_log_checkpoint import *  # noqa: F403
from plein.privacy.models.consent import *  # noqa: F403
from plein.privacy.models.emergency_access import *  # noqa: F403
from plein.privacy.models.erasure import *  # noqa: F403
from plein.privacy.models.retention import *  # noqa: F403
