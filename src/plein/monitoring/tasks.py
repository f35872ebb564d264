"""Background tasks of monitoring (django-tasks): generating a periodic report.

``report_request`` enqueues ``generate_report``; a ``plein db_worker`` process runs it (tests and
the demo use the immediate backend, so it runs at once). The task only gets the report's id.
"""

from django_tasks import task

from plein.monitoring.reports import generate


@task()
def generate_report(report_id: int) -> None:
    generate(report_id)
