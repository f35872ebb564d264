"""URLs of the benchmark settings: Plein's own, plus the baseline the benchmark compares with."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import path

from plein.urls import urlpatterns as plein_urlpatterns


@login_required
def baseline(request: HttpRequest) -> HttpResponse:
    """The cheapest logged-in page: the whole middleware stack, the session and the user, no more."""
    return HttpResponse("ok\n", content_type="text/plain")


urlpatterns = [
    path("bench/baseline/", baseline, name="bench_baseline"),
    *plein_urlpatterns,
]
