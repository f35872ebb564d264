from django.urls import include, path

from plein.monitoring import dashboard_views

# Other parts of monitoring add their own urls_<part>.py here with one include line each.
urlpatterns = [
    path("", dashboard_views.policy_dashboard, name="dashboard"),
    path("team/", dashboard_views.team_dashboard, name="team_dashboard"),
    path("", include("plein.monitoring.urls_budget")),
    path("", include("plein.monitoring.urls_reports")),
]
