from django.urls import path

from plein.cases import case_form_views, conference_views, handover_views, plan_views, safety_views, views

app_name = "cases"

case = "casussen/<int:case_id>/"
plan = case + "plan/<int:plan_id>/"

urlpatterns = [
    path("casussen/", views.work_lists, name="work_lists"),
    path("casussen/nieuw/", views.case_open, name="case_open"),
    path("meldingen/<int:request_id>/casus/", views.case_open_from_request, name="case_open_from_request"),
    path(case, views.case_detail, name="case_detail"),
    path(case + "breed-gesprek/", case_form_views.assessment_record, name="assessment_record"),
    path(case + "classificatie/", case_form_views.case_classify, name="case_classify"),
    path(case + "doorverwijzen/", case_form_views.case_refer_on, name="case_refer_on"),
    path(case + "regiehouder/", case_form_views.coordinator_assign, name="coordinator_assign"),
    path(case + "fase/", case_form_views.case_change_state, name="case_change_state"),
    path(case + "contact/", case_form_views.contact_record, name="contact_record"),
    path(case + "acties/nieuw/", case_form_views.action_add, name="action_add"),
    path(case + "acties/<int:action_id>/gedaan/", case_form_views.action_complete, name="action_complete"),
    path(case + "overleg/", case_form_views.agenda_item_add, name="agenda_item_add"),
    path(case + "afsluiten/", case_form_views.case_close, name="case_close"),
    path(case + "plan/", plan_views.plan_start, name="plan_start"),
    path(plan, plan_views.plan_detail, name="plan_detail"),
    path(plan + "bewerken/", plan_views.plan_update, name="plan_update"),
    path(plan + "onderdelen/", plan_views.plan_item_add, name="plan_item_add"),
    path(
        plan + "onderdelen/<int:item_id>/verwijderen/", plan_views.plan_item_remove, name="plan_item_remove"
    ),
    path(plan + "ondertekenen/", plan_views.plan_sign, name="plan_sign"),
    path(plan + "pdf/", plan_views.plan_pdf, name="plan_pdf"),
    path(case + "overdracht/", handover_views.handover_send, name="handover_send"),
    path(
        case + "overdracht/<int:handover_id>/afronden/",
        handover_views.case_handover_complete,
        name="case_handover_complete",
    ),
    path(case + "veiligheid/", safety_views.safety_concern_open, name="safety_concern_open"),
    path(
        case + "veiligheid/<int:concern_id>/",
        safety_views.safety_concern_detail,
        name="safety_concern_detail",
    ),
    path(case + "procesregie/", safety_views.process_direction, name="process_direction"),
    path(
        case + "procesregie/aanvragen/", safety_views.process_director_attach, name="process_director_attach"
    ),
    path(case + "procesregie/besluit/", safety_views.process_director_decide, name="process_director_decide"),
    path(
        case + "procesregie/opschalen/",
        safety_views.process_director_escalate,
        name="process_director_escalate",
    ),
    path(
        case + "procesregie/terugtrekken/",
        safety_views.process_director_withdraw,
        name="process_director_withdraw",
    ),
    path("overdrachten/", handover_views.handover_inbox, name="handover_inbox"),
    path(
        "overdrachten/<int:handover_id>/accepteren/", handover_views.handover_accept, name="handover_accept"
    ),
    path(
        "overdrachten/<int:handover_id>/weigeren/", handover_views.handover_decline, name="handover_decline"
    ),
    path(
        "overdrachten/<int:handover_id>/afronden/", handover_views.handover_complete, name="handover_complete"
    ),
    path("overleg/", conference_views.conference_list, name="conference_list"),
    path("overleg/volgende/", conference_views.conference_next, name="conference_next"),
    path("overleg/<int:conference_id>/", conference_views.conference_detail, name="conference_detail"),
    path(
        "overleg/<int:conference_id>/aanwezigen/",
        conference_views.conference_attendance,
        name="conference_attendance",
    ),
    path(
        "overleg/<int:conference_id>/afsluiten/", conference_views.conference_close, name="conference_close"
    ),
    path(
        "overleg/<int:conference_id>/casus/<int:case_id>/",
        conference_views.agenda_item_record,
        name="agenda_item_record",
    ),
]
