"""The support plan as a printable PDF (A4), for the resident's file and for signing on paper.

Rendered by WeasyPrint from ``cases/plan_print.html``. The template carries its own CSS and uses
the system font (DejaVu Sans), and the URL fetcher allows no protocol at all: printing a plan
never fetches anything, so nothing about the household leaves the server while printing.
"""

from datetime import date

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from plein.cases.models import Signature, SupportPlan
from plein.people.models import HouseholdMembership

NO_FETCHING = URLFetcher(allowed_protocols=())


def members_on(plan: SupportPlan, day: date) -> list[HouseholdMembership]:
    """Who lived in the household on that day: at signing for a signed version, today for a draft."""
    return list(
        HouseholdMembership.objects.filter(household_id=plan.case.household_id, starts_on__lte=day)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))
        .select_related("resident")
        .order_by("resident__birth_date", "id")
    )


def plan_print_html(plan: SupportPlan) -> str:
    case = plan.case
    day = timezone.localdate(plan.signed_at) if plan.signed_at else timezone.localdate()
    signatures = {
        signature.signer: signature
        for signature in plan.signatures.select_related("resident", "professional")
    }
    return render_to_string(
        "cases/plan_print.html",
        {
            "plan": plan,
            "case": case,
            "municipality": case.municipality,
            "team": case.team,
            "members": members_on(plan, day),
            "items": plan.items.select_related("life_domain", "organisation", "service"),
            "resident_signature": signatures.get(Signature.Signer.RESIDENT),
            "professional_signature": signatures.get(Signature.Signer.PROFESSIONAL),
            "is_draft": plan.status == SupportPlan.Status.DRAFT,
            "printed_on": timezone.localdate(),
        },
    )


def plan_pdf(plan: SupportPlan) -> bytes:
    return HTML(string=plan_print_html(plan), url_fetcher=NO_FETCHING).write_pdf()
