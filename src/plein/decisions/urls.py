"""Pages of the decisions context, under /beschikkingen/."""

from django.urls import path

from plein.decisions import decision_views, objection_views, views

app_name = "decisions"

application = "aanvragen/<int:request_id>/"
decision = "<int:decision_id>/"
objection = "bezwaren/<int:objection_id>/"

urlpatterns = [
    path("", views.work_list, name="work_list"),
    path("aanvraag/nieuw/", views.request_create, name="request_create"),
    path(
        "aanvraag/plan/<int:item_id>/",
        views.request_create_from_plan_item,
        name="request_create_from_plan_item",
    ),
    path(application, views.request_detail, name="request_detail"),
    path(application + "controle/", views.request_check, name="request_check"),
    path(application + "intrekken/", views.request_withdraw, name="request_withdraw"),
    path(application + "vraag/", views.question_ask, name="question_ask"),
    path("vragen/<int:question_id>/antwoord/", views.question_answer, name="question_answer"),
    path(application + "opschorten/", views.suspension_start, name="suspension_start"),
    path(application + "opschorting-beeindigen/", views.suspension_end, name="suspension_end"),
    path(application + "besluit/", decision_views.decision_create, name="decision_create"),
    path(decision, decision_views.decision_detail, name="decision_detail"),
    path(decision + "wijzigen/", decision_views.decision_edit, name="decision_edit"),
    path(decision + "ondertekenen/", decision_views.decision_sign, name="decision_sign"),
    path(decision + "terugsturen/", decision_views.decision_return, name="decision_return"),
    path(decision + "brief.pdf", decision_views.decision_letter, name="decision_letter"),
    path(decision + "bezwaar/", objection_views.objection_create, name="objection_create"),
    path(decision + "toewijzing/", decision_views.allocation_create, name="allocation_create"),
    path(objection, objection_views.objection_detail, name="objection_detail"),
    path(objection + "beslissen/", objection_views.objection_decide, name="objection_decide"),
    path(objection + "verdagen/", objection_views.objection_extend, name="objection_extend"),
    path(
        "toewijzingen/<int:allocation_id>/bericht.xml",
        decision_views.allocation_message,
        name="allocation_message",
    ),
    path("berichten/inlezen/", views.provider_message_upload, name="provider_message_upload"),
]
