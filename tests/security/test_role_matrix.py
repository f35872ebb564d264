"""Need-to-know, URL by URL: what each role gets from every page and API operation of Plein.

The matrix names every URL pattern of the project and every operation of the API (from its OpenAPI
document); a new URL fails ``test_every_url_is_classified`` until someone decides, in one line, who
may open it. Each role then walks all of them in one small world (tests/security/conftest.py):
GET for pages, an empty POST for POST-only views, bearer tokens for the API. Outcome classes:

- ok: 2xx, or a redirect to a page other than a login page;
- login: a redirect to a login page (web), 401 (API);
- forbidden: 403; hidden: 404 (also the admin's redirect for an object that does not exist);
- invalid: 400/422 on an empty body — the role may try, what was sent was refused.

A 500 is never an outcome. On top of the classes, roles without need-to-know for the household
(anonymous, the other team, policy, functional admin, privacy officer, directory editor, an admin
account without roles) must not find any of its residents' names, BSNs, birth dates, phone or
e-mail in any page or API answer they do get.
"""

import pytest
from django.apps import apps

from tests.security.matrix import (
    API_PREFIX,
    CATCH_ALL,
    FORBIDDEN,
    HIDDEN,
    INVALID,
    LOGIN,
    OK,
    ROLES,
    Expect,
    admin_model_routes,
    api_operations,
    expect,
    fill,
    public,
    registered_admin_models,
    request,
    text_of,
    web_routes,
)

# --- the matrix: one line per URL pattern ---------------------------------------------------------

# Who has need-to-know in the world: groups of roles that recur in the matrix.
SEARCHERS = {
    "generalist": OK,
    "other_team": OK,
    "front_office": OK,
    "decision_officer": OK,
    "team_coordinator": OK,
}
RESIDENT_READERS = {"generalist": OK, "front_office": OK, "decision_officer": OK, "team_coordinator": OK}
RESIDENT_READERS_TRY = dict.fromkeys(RESIDENT_READERS, INVALID)
CASE_TEAM = {"generalist": OK, "team_coordinator": OK}  # the team that serves the household
CASE_TEAM_TRIES = dict.fromkeys(CASE_TEAM, INVALID)
DECISION_READERS = {"generalist": OK, "decision_officer": OK, "team_coordinator": OK}
OFFICER_ONLY = {"generalist": FORBIDDEN, "decision_officer": OK, "team_coordinator": FORBIDDEN}
EDITORS = {"functional_admin": OK, "directory_editor": OK}  # the social map

WEB = {
    "werk/": expect(OK),
    "health": public(),
    "inloggen/": public(),
    "uitloggen/": expect(LOGIN),
    "inwoners/zoeken/": expect(FORBIDDEN, **SEARCHERS),
    "inwoners/nieuw/": expect(FORBIDDEN, **SEARCHERS),
    "inwoners/<int:resident_id>/": expect(HIDDEN, **RESIDENT_READERS),
    "inwoners/<int:resident_id>/wijzigen/": expect(HIDDEN, **RESIDENT_READERS),
    "inwoners/<int:resident_id>/netwerk/<int:member_id>/verwijderen/": expect(HIDDEN, **RESIDENT_READERS),
    "huishoudens/<int:household_id>/": expect(HIDDEN, **RESIDENT_READERS),
    "huishoudens/<int:household_id>/lid-toevoegen/": expect(HIDDEN, **RESIDENT_READERS),
    "huishoudens/<int:household_id>/leden/<int:membership_id>/beeindigen/": expect(
        HIDDEN, **RESIDENT_READERS
    ),
    "teams/": expect(OK),
    "teams/<int:team_id>/": expect(OK, staff_only=HIDDEN),
    "teams/bij-adres/": expect(OK),
    "meldingen/": expect(HIDDEN, **SEARCHERS),
    "meldingen/nieuw/": expect(OK, staff_only=HIDDEN),
    "meldingen/<int:request_id>/": expect(HIDDEN, **RESIDENT_READERS),
    "meldingen/<int:request_id>/beantwoorden/": expect(HIDDEN, **RESIDENT_READERS_TRY),
    "meldingen/<int:request_id>/doorzetten/": expect(HIDDEN, **RESIDENT_READERS_TRY),
    "meldingen/<int:request_id>/naar-team/": expect(HIDDEN, **RESIDENT_READERS),
    "meldingen/<int:request_id>/crisis/": expect(HIDDEN, **RESIDENT_READERS_TRY),
    "meldingen/<int:request_id>/oppakken/": expect(HIDDEN, **RESIDENT_READERS),
    "meldingen/<int:request_id>/toewijzen/": expect(
        HIDDEN,
        generalist=FORBIDDEN,
        front_office=FORBIDDEN,
        decision_officer=FORBIDDEN,
        team_coordinator=INVALID,
    ),
    "meldingen/<int:request_id>/wmo/<str:step>/": expect(HIDDEN, **RESIDENT_READERS),
    "meldingen/berichten/": expect(OK),
    "meldingen/berichten/gelezen/": expect(OK),
    "vraag/": public(),
    "vraag/ontvangen/<str:reference>/": public(),
    "signaal/": public(),
    "signaal/ontvangen/<str:reference>/": public(),
    "casussen/": expect(HIDDEN, generalist=OK, other_team=OK, team_coordinator=OK),
    "casussen/nieuw/": expect(HIDDEN),
    "meldingen/<int:request_id>/casus/": expect(
        HIDDEN, generalist=OK, front_office=FORBIDDEN, decision_officer=FORBIDDEN, team_coordinator=OK
    ),
    "casussen/<int:case_id>/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/breed-gesprek/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/classificatie/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/doorverwijzen/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/regiehouder/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/fase/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/contact/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/acties/nieuw/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/acties/<int:action_id>/gedaan/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/overleg/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/afsluiten/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/plan/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/plan/<int:plan_id>/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/plan/<int:plan_id>/bewerken/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/plan/<int:plan_id>/onderdelen/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/plan/<int:plan_id>/onderdelen/<int:item_id>/verwijderen/": expect(
        HIDDEN, **CASE_TEAM
    ),
    "casussen/<int:case_id>/plan/<int:plan_id>/ondertekenen/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/plan/<int:plan_id>/pdf/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/overdracht/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/overdracht/<int:handover_id>/afronden/": expect(
        HIDDEN, generalist=FORBIDDEN, team_coordinator=FORBIDDEN
    ),
    "casussen/<int:case_id>/veiligheid/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/veiligheid/<int:concern_id>/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/procesregie/": expect(HIDDEN, **CASE_TEAM),
    "casussen/<int:case_id>/procesregie/aanvragen/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/procesregie/besluit/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/procesregie/opschalen/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "casussen/<int:case_id>/procesregie/terugtrekken/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "overdrachten/": expect(HIDDEN, network_partner=OK),
    "overdrachten/<int:handover_id>/accepteren/": expect(HIDDEN, network_partner=OK),
    "overdrachten/<int:handover_id>/weigeren/": expect(HIDDEN, network_partner=INVALID),
    "overdrachten/<int:handover_id>/afronden/": expect(HIDDEN, network_partner=INVALID),
    "overleg/": expect(HIDDEN, generalist=OK, other_team=OK, team_coordinator=OK),
    "overleg/volgende/": expect(HIDDEN),
    "overleg/<int:conference_id>/": expect(HIDDEN, **CASE_TEAM),
    "overleg/<int:conference_id>/aanwezigen/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "overleg/<int:conference_id>/afsluiten/": expect(HIDDEN, **CASE_TEAM),
    "overleg/<int:conference_id>/casus/<int:case_id>/": expect(HIDDEN, **CASE_TEAM_TRIES),
    "beschikkingen/": expect(HIDDEN, decision_officer=OK),
    "beschikkingen/aanvraag/nieuw/": expect(HIDDEN),
    "beschikkingen/aanvraag/plan/<int:item_id>/": expect(HIDDEN, **CASE_TEAM),
    "beschikkingen/aanvragen/<int:request_id>/": expect(HIDDEN, **DECISION_READERS),
    "beschikkingen/aanvragen/<int:request_id>/controle/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/aanvragen/<int:request_id>/intrekken/": expect(HIDDEN, **DECISION_READERS),
    "beschikkingen/aanvragen/<int:request_id>/vraag/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/vragen/<int:question_id>/antwoord/": expect(
        HIDDEN, generalist=OK, decision_officer=FORBIDDEN, team_coordinator=OK
    ),
    "beschikkingen/aanvragen/<int:request_id>/opschorten/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/aanvragen/<int:request_id>/opschorting-beeindigen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/aanvragen/<int:request_id>/besluit/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/<int:decision_id>/": expect(HIDDEN, **DECISION_READERS),
    "beschikkingen/<int:decision_id>/wijzigen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/<int:decision_id>/ondertekenen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/<int:decision_id>/terugsturen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/<int:decision_id>/brief.pdf": expect(HIDDEN, **DECISION_READERS),
    "beschikkingen/<int:decision_id>/bezwaar/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/<int:decision_id>/toewijzing/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/bezwaren/<int:objection_id>/": expect(HIDDEN, **DECISION_READERS),
    "beschikkingen/bezwaren/<int:objection_id>/beslissen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/bezwaren/<int:objection_id>/verdagen/": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/toewijzingen/<int:allocation_id>/bericht.xml": expect(HIDDEN, **OFFICER_ONLY),
    "beschikkingen/berichten/inlezen/": expect(HIDDEN, decision_officer=OK),
    "sociale-kaart/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/diensten/nieuw/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/diensten/<int:service_id>/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/diensten/<int:service_id>/wijzigen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/diensten/<int:service_id>/gecontroleerd/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/diensten/<int:service_id>/actief/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/niet-gecontroleerd/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/organisaties/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/organisaties/nieuw/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/organisaties/<int:organisation_id>/wijzigen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/verhalen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/verhalen/nieuw/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/verhalen/<int:story_id>/wijzigen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/synoniemen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/synoniemen/nieuw/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/synoniemen/<int:group_id>/wijzigen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/synoniemen/<int:group_id>/verwijderen/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/portaal/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/open-referral/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/open-referral/export/": expect(FORBIDDEN, **EDITORS),
    "sociale-kaart/open-referral/import/<int:import_id>/": expect(HIDDEN),
    "": public(),
    "zoeken/": public(),
    "zoeken/suggesties/": public(),
    "hulp/<int:pk>/": public(),
    "organisaties/<int:pk>/": public(),
    "verhalen/": public(),
    "verhalen/<slug:slug>/": expect(HIDDEN, anonymous=HIDDEN),
    "jouw-team/": public(),
    "contact/": public(),
    "portaal/thema.css": public(),
    "portaal/logo/": expect(HIDDEN, anonymous=HIDDEN),
    "privacy/vernietigen/": expect(FORBIDDEN, privacy_officer=OK),
    "privacy/vernietigen/opstellen/<int:municipality_id>/": expect(FORBIDDEN, privacy_officer=OK),
    "privacy/vernietigen/<int:list_id>/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/<int:list_id>/goedkeuren/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/<int:list_id>/regels/<int:item_id>/uitzonderen/": expect(HIDDEN),
    "privacy/vernietigen/<int:list_id>/regels/<int:item_id>/terugzetten/": expect(HIDDEN),
    "privacy/inwoners/<int:resident_id>/toestemming/": expect(HIDDEN, **RESIDENT_READERS),
    "privacy/toestemmingen/<int:consent_id>/intrekken/": expect(HIDDEN, **RESIDENT_READERS),
    "privacy/toegangslog/": expect(HIDDEN, privacy_officer=OK),
    "admin/": expect(LOGIN, functional_admin=OK, staff_only=OK),
    "admin/login/": public(),
    "admin/logout/": expect(OK, anonymous=OK, functional_admin=LOGIN, staff_only=LOGIN),
    "admin/password_change/": expect(LOGIN, functional_admin=OK, staff_only=OK),
    "admin/password_change/done/": expect(LOGIN, functional_admin=OK, staff_only=OK),
    "admin/autocomplete/": expect(LOGIN, functional_admin=FORBIDDEN, staff_only=FORBIDDEN),
    "admin/jsi18n/": expect(LOGIN, functional_admin=OK, staff_only=OK),
    "admin/r/<path:content_type_id>/<path:object_id>/": expect(
        LOGIN, functional_admin=HIDDEN, staff_only=HIDDEN
    ),
    "admin/people/professional/<id>/password/": expect(LOGIN, functional_admin=OK, staff_only=FORBIDDEN),
    "admin/(?P<url>.*)$": expect(LOGIN, functional_admin=HIDDEN, staff_only=HIDDEN),
    "api/v1/openapi.json": public(),
    "api/v1/docs": public(),
    "api/v1/": expect(HIDDEN, anonymous=HIDDEN),
    # Two-factor authentication, break-the-glass, subject access, erasure and change history (issue 7).
    "admin/otp_totp/totpdevice/<int:pk>/config/": expect(
        LOGIN, functional_admin=FORBIDDEN, staff_only=FORBIDDEN
    ),
    "admin/otp_totp/totpdevice/<int:pk>/qrcode/": expect(
        LOGIN, functional_admin=FORBIDDEN, staff_only=FORBIDDEN
    ),
    "beveiliging/": expect(OK),
    "beveiliging/back-upcodes/": expect(OK),
    "beveiliging/collega/": expect(HIDDEN, functional_admin=OK),
    "beveiliging/opnieuw-instellen/": expect(INVALID),
    "privacy/casussen/<int:case_id>/wijzigingen/": expect(HIDDEN, **CASE_TEAM),
    "privacy/inwoners/<int:resident_id>/wijzigingen/": expect(HIDDEN, **RESIDENT_READERS),
    "privacy/inzage/": expect(HIDDEN, privacy_officer=OK),
    "privacy/inzage/<int:resident_id>/": expect(HIDDEN, privacy_officer=OK),
    "privacy/inzage/<int:resident_id>/json/": expect(HIDDEN, privacy_officer=OK),
    "privacy/inzage/<int:resident_id>/pdf/": expect(HIDDEN, privacy_officer=OK),
    "privacy/noodtoegang/": expect(HIDDEN, privacy_officer=OK),
    "privacy/noodtoegang/<int:access_id>/": expect(HIDDEN, privacy_officer=OK),
    "privacy/noodtoegang/<int:access_id>/beeindigen/": expect(HIDDEN, other_team=OK),
    "privacy/noodtoegang/bsn/": expect(HIDDEN, **SEARCHERS),
    "privacy/noodtoegang/huishouden/<int:household_id>/aanvragen/": expect(HIDDEN, **SEARCHERS),
    "privacy/vernietigen/verzoeken/": expect(FORBIDDEN, privacy_officer=OK),
    "privacy/vernietigen/verzoeken/<int:request_id>/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/verzoeken/<int:request_id>/afwijzen/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/verzoeken/<int:request_id>/beoordelen/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/verzoeken/<int:request_id>/uitvoeren/": expect(HIDDEN, privacy_officer=OK),
    "privacy/vernietigen/verzoeken/nieuw/": expect(FORBIDDEN, privacy_officer=OK),
    # Dashboards (aggregates only): policy the whole municipality, a team coordinator their team.
    "monitoring/": expect(HIDDEN, policy=OK),
    "monitoring/team/": expect(HIDDEN, policy=OK, team_coordinator=OK),
    # Periodic reports: policy staff of the municipality only (aggregates, but not for everyone).
    "monitoring/rapportages/": expect(HIDDEN, policy=OK),
    "monitoring/rapportages/<int:report_id>/": expect(HIDDEN, policy=OK),
    "monitoring/rapportages/<int:report_id>/pdf/": expect(HIDDEN, policy=OK),
    "monitoring/rapportages/<int:report_id>/xlsx/": expect(HIDDEN, policy=OK),
    "monitoring/rapportages/<int:report_id>/csv/<slug:code>/": expect(HIDDEN, policy=OK),
    # Population budgets: amounts only; policy staff and the team coordinator (their own team).
    "monitoring/budget/": expect(HIDDEN, policy=OK, team_coordinator=OK),
    "tweestaps/controleren/": expect(OK),
    "tweestaps/instellen/": expect(OK),
    # The admin's own pages; the pages per model come from ADMIN_MODELS below.
    "admin/<app_label>/": expect(LOGIN, functional_admin=OK, staff_only=HIDDEN),
}

API = {
    "GET /api/v1/municipalities": expect(OK),
    "GET /api/v1/teams": expect(OK),
    "GET /api/v1/teams/{team_id}": expect(OK, staff_only=HIDDEN),
    "GET /api/v1/routing": expect(INVALID),
    "POST /api/v1/residents/search": expect(
        FORBIDDEN,
        generalist=INVALID,
        other_team=INVALID,
        front_office=INVALID,
        decision_officer=INVALID,
        team_coordinator=INVALID,
    ),
    "GET /api/v1/residents/{resident_id}": expect(HIDDEN, **RESIDENT_READERS),
    "POST /api/v1/residents": expect(INVALID),
    "GET /api/v1/households/{household_id}": expect(HIDDEN, **RESIDENT_READERS),
    "POST /api/v1/households/{household_id}/members": expect(INVALID),
    "POST /api/v1/requests": expect(INVALID),
    "GET /api/v1/requests": expect(OK),
    "GET /api/v1/requests/{request_id}": expect(HIDDEN, **RESIDENT_READERS),
    "GET /api/v1/cases": expect(OK),
    "POST /api/v1/cases": expect(INVALID),
    "GET /api/v1/cases/{case_id}": expect(HIDDEN, **CASE_TEAM),
    "GET /api/v1/cases/{case_id}/assessments": expect(HIDDEN, **CASE_TEAM),
    "POST /api/v1/cases/{case_id}/assessments": expect(INVALID),
    "GET /api/v1/cases/{case_id}/plans": expect(HIDDEN, **CASE_TEAM),
    "POST /api/v1/cases/{case_id}/plans": expect(HIDDEN, **CASE_TEAM),
    "GET /api/v1/cases/{case_id}/plans/{plan_id}": expect(HIDDEN, **CASE_TEAM),
    "PUT /api/v1/cases/{case_id}/plans/{plan_id}": expect(INVALID),
    "POST /api/v1/cases/{case_id}/plans/{plan_id}/items": expect(INVALID),
    "GET /api/v1/cases/{case_id}/contacts": expect(HIDDEN, **CASE_TEAM),
    "POST /api/v1/cases/{case_id}/contacts": expect(INVALID),
    "GET /api/v1/social-map/services": public(),
    "GET /api/v1/social-map/services/{service_id}": public(),
    "GET /api/v1/social-map/organisations/{organisation_id}": public(),
    "GET /api/v1/hsds/services": public(),
    "GET /api/v1/hsds/services/{service_hsds_id}": public(),
    "GET /api/v1/hsds/organizations": public(),
    "GET /api/v1/hsds/organizations/{organization_hsds_id}": public(),
    "GET /api/v1/provisions": expect(OK),
    "GET /api/v1/provision-requests": expect(OK),
    "POST /api/v1/provision-requests": expect(INVALID),
    "GET /api/v1/provision-requests/{provision_request_id}": expect(HIDDEN, **DECISION_READERS),
    "POST /api/v1/provision-requests/{provision_request_id}/check": expect(
        HIDDEN, generalist=FORBIDDEN, decision_officer=INVALID, team_coordinator=FORBIDDEN
    ),
    "PUT /api/v1/provision-requests/{provision_request_id}/check": expect(INVALID),
    "GET /api/v1/decisions": expect(OK),
    "POST /api/v1/decisions": expect(INVALID),
    "GET /api/v1/decisions/{decision_id}": expect(HIDDEN, **DECISION_READERS),
    "PUT /api/v1/decisions/{decision_id}": expect(INVALID),
    "POST /api/v1/decisions/{decision_id}/sign": expect(INVALID),
    "POST /api/v1/decisions/{decision_id}/return": expect(INVALID),
    "GET /api/v1/decisions/{decision_id}/letter": expect(HIDDEN, **DECISION_READERS),
    "GET /api/v1/objections": expect(OK),
    "POST /api/v1/objections": expect(INVALID),
    "GET /api/v1/objections/{objection_id}": expect(HIDDEN, **DECISION_READERS),
    "POST /api/v1/objections/{objection_id}/decide": expect(INVALID),
    "POST /api/v1/objections/{objection_id}/extend": expect(INVALID),
    "POST /api/v1/allocations": expect(INVALID),
    "GET /api/v1/allocations/{allocation_id}": expect(HIDDEN, **DECISION_READERS),
    "GET /api/v1/allocations/{allocation_id}/message": expect(HIDDEN, **OFFICER_ONLY),
    "GET /api/v1/monitoring/indicators": expect(HIDDEN, policy=OK, team_coordinator=OK),
    "GET /api/v1/monitoring/indicators/{code}": expect(HIDDEN, policy=OK, team_coordinator=OK),
    "GET /api/v1/monitoring/reports": expect(HIDDEN, policy=OK),
    "POST /api/v1/monitoring/reports": expect(INVALID),
    "GET /api/v1/monitoring/reports/{report_id}": expect(HIDDEN, policy=OK),
}

# Admin models: which permissions the functional admin holds ("v"iew, "a"dd, "c"hange, "d"elete).
# Reference data only: no case content, no access log, no tokens, no task results (they may hold
# personal data in their arguments). An admin account without a role holds none.
ADMIN_MODELS = {
    "auth.group": "",
    "django_tasks_database.dbtaskresult": "",
    "axes.accessattempt": "",
    "axes.accesslog": "",
    "axes.accessfailurelog": "",
    "core.legaltermsetting": "",
    "areas.municipality": "vacd",
    "areas.district": "vacd",
    "areas.neighbourhood": "vacd",
    "areas.postcoderange": "vacd",
    "areas.team": "vacd",
    "areas.membership": "vac",
    "people.organisation": "vacd",
    "people.professional": "vacd",
    "people.apitoken": "",
    "intake.triagerule": "",
    "directory.service": "vacd",
    "directory.synonymgroup": "vacd",
    "directory.story": "vacd",
    "directory.portal": "vacd",
    "directory.hsdsimport": "vc",
    "cases.coordinatorrule": "vacd",
    "cases.conferenceschedule": "vacd",
    "decisions.provision": "",
    "decisions.lettertemplate": "",
    "monitoring.areabudget": "vacd",
    "monitoring.provisiontariff": "vacd",
    "monitoring.hourlyrate": "vacd",
    "privacy.retentionrule": "",
    "otp_static.staticdevice": "",
    "otp_totp.totpdevice": "",
}

# Roles without need-to-know for the household of the world: none of its personal data may reach them.
NO_NEED_TO_KNOW = (
    "anonymous",
    "other_team",
    "policy",
    "functional_admin",
    "privacy_officer",
    "directory_editor",
    "staff_only",
)

# Pages where a role without need-to-know for the household in general does need it: the privacy
# officer answers a resident's subject access request (AVG art. 15) with everything Plein holds.
NEEDS_TO_KNOW_HERE = {"privacy_officer": ("privacy/inzage/",)}

# Path parameters whose name means another object under some prefixes (the intake "melding" and the
# provision request are both ``request_id``).
PARAMETERS_BY_PREFIX = {
    "/beschikkingen/": {"request_id": "provision_request_id", "item_id": "plan_item_id"},
    "/meldingen/": {"request_id": "intake_request_id"},
    "/casussen/": {"item_id": "plan_item_id"},
    "/privacy/vernietigen/": {"item_id": "destruction_item_id"},
    "/privacy/vernietigen/verzoeken/": {"request_id": "erasure_request_id"},
    "/hulp/": {"pk": "service_id"},
    "/organisaties/": {"pk": "organisation_id"},
    "/verhalen/": {"slug": "story_slug"},
    "/meldingen/<int:request_id>/wmo/": {"step": "wmo_step"},
    "/api/v1/requests/": {"request_id": "intake_request_id"},
    "/admin/people/professional/<id>/": {"id": "professional_id"},
    "/admin/otp_totp/totpdevice/<int:pk>/": {"pk": "totp_device_id"},
    "/admin/<app_label>/": {"app_label": "admin_app_label"},
}


def admin_expectations(object_ids: dict[str, object]) -> dict[str, Expect]:
    rows = {}
    for label, permissions in ADMIN_MODELS.items():
        app_label, model_name = label.split(".")
        changelist, add, history, delete, change, obj = admin_model_routes(app_label, model_name)
        sees = "v" in permissions or "c" in permissions
        exists = bool(object_ids.get(label))

        def on_object(allowed: bool, exists: bool = exists) -> str:
            return (OK if exists else HIDDEN) if allowed else FORBIDDEN

        # The history page looks the object up before it checks the permission.
        history_outcome = on_object(sees) if exists else HIDDEN
        rows[changelist] = expect(LOGIN, functional_admin=OK if sees else FORBIDDEN, staff_only=FORBIDDEN)
        rows[add] = expect(
            LOGIN, functional_admin=OK if "a" in permissions else FORBIDDEN, staff_only=FORBIDDEN
        )
        rows[history] = expect(
            LOGIN, functional_admin=history_outcome, staff_only=FORBIDDEN if exists else HIDDEN
        )
        rows[delete] = expect(LOGIN, functional_admin=on_object("d" in permissions), staff_only=FORBIDDEN)
        rows[change] = expect(LOGIN, functional_admin=on_object(sees), staff_only=FORBIDDEN)
        rows[obj] = expect(LOGIN, functional_admin=OK, staff_only=OK)
    return rows


def admin_object_ids() -> dict[str, object]:
    ids = {}
    for label in registered_admin_models():
        first = apps.get_model(label)._default_manager.order_by("pk").first()
        ids[label] = first.pk if first else None
    return ids


def parameters_for(path_pattern: str) -> dict[str, str]:
    overrides = {}
    for prefix, names in PARAMETERS_BY_PREFIX.items():
        if ("/" + path_pattern.lstrip("/")).startswith(prefix):
            overrides.update(names)
    return overrides


def all_web_expectations(object_ids) -> dict[str, Expect]:
    return WEB | admin_expectations(object_ids)


# --- tests ----------------------------------------------------------------------------------------


def test_every_url_is_classified(security_world, client_for):
    """A new URL pattern, admin model or API operation must get its line in the matrix."""
    expectations = all_web_expectations(admin_object_ids())
    routes = set(web_routes())
    operations = {f"{method} {path}" for method, path in api_operations(client_for("generalist"))}

    assert sorted(routes - set(expectations)) == [], "classify these URL patterns in WEB or ADMIN_MODELS"
    assert sorted(operations - set(API)) == [], "classify these API operations in API"
    assert sorted(set(WEB) - routes) == [], "these URL patterns no longer exist"
    assert sorted(set(API) - operations) == [], "these API operations no longer exist"
    assert sorted(set(ADMIN_MODELS) - set(registered_admin_models())) == []


@pytest.mark.parametrize("role", ROLES)
def test_role_gets_what_the_matrix_says(role, security_world, client_for, api_client_for):
    world_ids = dict(security_world.ids)
    object_ids = admin_object_ids()
    expectations = all_web_expectations(object_ids)
    personal_data = security_world.personal_data()
    client = client_for(role)
    wrong, leaks = [], []

    def check(key: str, method: str, path: str, expected: str, response, outcome: str) -> None:
        if outcome != expected:
            wrong.append(f"{method} {path} ({key}): expected {expected}, got {outcome}")
        exempt = key.startswith(NEEDS_TO_KNOW_HERE.get(role, ()))
        if role in NO_NEED_TO_KNOW and outcome in (OK, INVALID) and not exempt:
            body = text_of(response)
            found = [value for value in personal_data if value in body]
            if found:
                leaks.append(f"{method} {path}: shows {found}")

    for route in sorted(set(web_routes()) & set(expectations)):
        if route == CATCH_ALL:
            path = "/admin/bestaat-niet/"
        else:
            label = ".".join(route.split("/")[1:3]) if route.startswith("admin/") else ""
            ids = world_ids | {"object_id": object_ids.get(label) or 0, "content_type_id": 0}
            path = fill(route, ids, parameters_for(route))
        response, outcome = request(client, "GET", path)
        method = "GET"
        if response is not None and response.status_code == 405:
            method = "POST"
            response, outcome = request(client, "POST_FORM", path)
        check(route, method, path, expectations[route][role], response, outcome)

    api_client = api_client_for(role)
    for method, path_pattern in api_operations(client_for("generalist")):
        key = f"{method} {path_pattern}"
        if key not in API:
            continue
        path = fill(path_pattern, world_ids, parameters_for(path_pattern))
        response, outcome = request(api_client, method, path)
        check(key, method, path, API[key][role], response, outcome)

    assert wrong == [], f"{role}: {len(wrong)} URLs differ from the matrix:\n" + "\n".join(wrong)
    assert leaks == [], f"{role} sees personal data without need-to-know:\n" + "\n".join(leaks)


def test_the_matrix_is_not_trivially_open():
    """Guard against a matrix edited into agreement: personal data stays behind a login."""
    for key in ("inwoners/<int:resident_id>/", "casussen/<int:case_id>/", "beschikkingen/<int:decision_id>/"):
        assert WEB[key]["anonymous"] == LOGIN
        for role in ("policy", "functional_admin", "directory_editor", "staff_only", "other_team"):
            assert WEB[key][role] in (HIDDEN, FORBIDDEN), (key, role)
    assert API_PREFIX == "api/v1/"
