"""Every change of a record with a change history writes one access log entry, in one place.

django-simple-history sends ``post_create_historical_record`` after each history row it writes (a
save, a delete, ``record_change``). The receiver below turns that into ``record_access`` with action
"create" or "update", the record's type and id, the residents and household it concerns, and the
request it came from (``HistoricalRecords.context``, set by ``HistoryRequestMiddleware``). Without a
request (a management command, a background task) the entry is written all the same, with no actor.

``bulk_create`` and ``QuerySet.update`` send no signal: the demo's bulk loading writes neither
history nor log entries, and stays as fast as it was.
"""

from django.dispatch import receiver
from simple_history.models import HistoricalRecords
from simple_history.signals import post_create_historical_record

from plein.privacy.access_log import (
    DECISIONS_PROCESSING_ACTIVITY,
    DEFAULT_PROCESSING_ACTIVITY,
    basis_for,
    record_access,
)
from plein.privacy.models import AccessAction, AccessBasis

CHANGE_KINDS = {"+": "created", "~": "changed", "-": "deleted"}


def _case_household(case_id) -> dict:
    from plein.cases.models import Case

    household_id = Case.objects.filter(pk=case_id).values_list("household_id", flat=True).first()
    return {"household_id": household_id}


def _plan_household(plan_id) -> dict:
    from plein.cases.models import SupportPlan

    household_id = SupportPlan.objects.filter(pk=plan_id).values_list("case__household_id", flat=True).first()
    return {"household_id": household_id}


def _household_members(household_id) -> dict:
    from plein.people.models import HouseholdMembership

    return {
        "household_id": household_id,
        "resident_ids": HouseholdMembership.objects.filter(
            household_id=household_id, ends_on__isnull=True
        ).values_list("resident_id", flat=True),
    }


def _request_concerns(request_id) -> dict:
    from plein.decisions.models import ProvisionRequest

    row = ProvisionRequest.objects.filter(pk=request_id).values("resident_id", "household_id").first()
    return row or {}


# Per model: the object type in the log, and whom a change concerns (ids only). The same object
# types as the pages that show the record, so the log of a record reads as one list.
CONCERNS = {
    "people.resident": ("resident", lambda resident: {"resident_id": resident.pk}),
    "people.household": ("household", lambda household: _household_members(household.pk)),
    "cases.case": ("case", lambda case: {"household_id": case.household_id}),
    "cases.supportplan": ("support_plan", lambda plan: _case_household(plan.case_id)),
    "cases.planitem": ("plan_item", lambda item: _plan_household(item.plan_id)),
    "cases.assessment": ("assessment", lambda assessment: _case_household(assessment.case_id)),
    "decisions.provisionrequest": (
        "provision_request",
        lambda application: {
            "resident_id": application.resident_id,
            "household_id": application.household_id,
        },
    ),
    "decisions.decision": ("decision", lambda decision: _request_concerns(decision.request_id)),
    "privacy.consent": ("consent", lambda consent: {"resident_id": consent.resident_id}),
}


def object_type_for(model) -> str:
    return CONCERNS[model._meta.label_lower][0]


@receiver(post_create_historical_record, dispatch_uid="plein.privacy.change_log")
def log_change(sender, instance, history_instance, history_user=None, **kwargs):
    entry = CONCERNS.get(instance._meta.label_lower)
    if entry is None:
        return
    object_type, concerns = entry
    request = getattr(HistoricalRecords.context, "request", None)
    actor = history_user if getattr(history_user, "is_authenticated", False) else None
    record_access(
        actor=actor,
        action=AccessAction.CREATE if history_instance.history_type == "+" else AccessAction.UPDATE,
        object_type=object_type,
        object_id=instance.pk,
        basis=basis_for(actor) if actor else AccessBasis.NONE,
        processing_activity=(
            DECISIONS_PROCESSING_ACTIVITY
            if instance._meta.app_label == "decisions"
            else DEFAULT_PROCESSING_ACTIVITY
        ),
        # The history row's id: the log entry leads to exactly what changed, without copying it.
        details={"change": CHANGE_KINDS[history_instance.history_type], "history_id": history_instance.pk},
        request=request,
        **concerns(instance),
    )
