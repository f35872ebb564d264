from django.urls import path

from plein.monitoring import budget_views as views

urlpatterns = [
    path("budget/", views.budget, name="budget"),
]
