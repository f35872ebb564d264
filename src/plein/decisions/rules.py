"""Object permissions for decisions (django-rules). Each predicate defers to
``decisions.selectors``, so who may see or handle a request is decided in one place."""

import rules

from plein.decisions.selectors import is_decision_officer, requests_visible_to, takes_direct_applications


@rules.predicate
def works_in_back_office(user) -> bool:
    return is_decision_officer(user)


@rules.predicate
def request_is_visible(user, request) -> bool:
    return request is not None and requests_visible_to(user).filter(pk=request.pk).exists()


@rules.predicate
def handles_request(user, request) -> bool:
    """Checking, deciding and registering objections: a decision officer of its municipality."""
    return request is not None and is_decision_officer(user, request.municipality_id)


@rules.predicate
def takes_direct_application_for(user, resident) -> bool:
    """Recording a direct application (without a plan) for this resident."""
    return resident is not None and takes_direct_applications(user, resident.municipality_id)


rules.add_perm("decisions.work_in_back_office", works_in_back_office)
rules.add_perm("decisions.take_direct_application", takes_direct_application_for)
rules.add_perm("decisions.view_request", request_is_visible)
rules.add_perm("decisions.handle_request", handles_request)
