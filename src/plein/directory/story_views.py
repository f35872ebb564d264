"""Work pages for the words of the social map: residents' stories and the search's synonyms."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods

from plein.cases.views import posted, run_service
from plein.directory import forms, selectors, services
from plein.directory.models import Portal, Story, SynonymGroup
from plein.directory.views import (
    PAGE_SIZE,
    check_edits,
    chosen_municipality,
    editor_page,
    form_page,
    run_simple,
    with_municipality,
)

# --- stories -------------------------------------------------------------------------------------


@login_required
def story_list(request: HttpRequest) -> HttpResponse:
    municipality = chosen_municipality(request)
    rows = selectors.stories_for_editor(municipality_id=municipality.pk)
    return editor_page(
        request,
        "story_list.html",
        municipality,
        "stories",
        page=Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina")),
        query=urlencode({"gemeente": municipality.cbs_code}) + "&",
        # Published stories link to the portal, on its own host name when it has one.
        portal=Portal.objects.filter(municipality=municipality).defer("logo").first(),
    )


def _story_form(request: HttpRequest, municipality, story: Story | None) -> HttpResponse:
    form = forms.StoryForm(
        posted(request),
        municipality=municipality,
        story=story,
        initial=forms.initial_from(story, forms.STORY_FIELDS),
    )
    return run_service(
        request,
        form,
        services.story_save,
        page=form_page(request, "story_form.html", municipality, "stories", story=story),
        arguments=lambda form: {"municipality": municipality, "story": story, "data": form.cleaned_data},
        success="Het verhaal is opgeslagen.",
        redirect_to=with_municipality("directory:story_list", municipality),
    )


@login_required
def story_create(request: HttpRequest) -> HttpResponse:
    return _story_form(request, chosen_municipality(request), None)


@login_required
def story_edit(request: HttpRequest, story_id: int) -> HttpResponse:
    story = get_object_or_404(Story.objects.select_related("municipality"), pk=story_id)
    check_edits(request, story.municipality)
    return _story_form(request, story.municipality, story)


# --- synonyms ------------------------------------------------------------------------------------


def _synonym_editor(request: HttpRequest):
    """Synonyms serve every municipality; the page shows the sub-navigation of the chosen one."""
    if not request.user.has_perm("directory.edit_synonyms"):
        raise PermissionDenied
    return chosen_municipality(request)


@login_required
def synonym_list(request: HttpRequest) -> HttpResponse:
    municipality = _synonym_editor(request)
    return editor_page(
        request, "synonym_list.html", municipality, "synonyms", groups=selectors.synonym_groups()
    )


def _synonym_form(request: HttpRequest, group: SynonymGroup | None) -> HttpResponse:
    municipality = _synonym_editor(request)
    form = forms.SynonymGroupForm(posted(request), initial=forms.initial_from(group, forms.SYNONYM_FIELDS))
    return run_service(
        request,
        form,
        services.synonym_group_save,
        page=form_page(request, "synonym_form.html", municipality, "synonyms", group=group),
        arguments=lambda form: {"group": group, **form.cleaned_data},
        success="De synoniemen zijn opgeslagen. Het zoeken gebruikt ze meteen.",
        redirect_to=with_municipality("directory:synonym_list", municipality),
    )


@login_required
def synonym_create(request: HttpRequest) -> HttpResponse:
    return _synonym_form(request, None)


@login_required
def synonym_edit(request: HttpRequest, group_id: int) -> HttpResponse:
    return _synonym_form(request, get_object_or_404(SynonymGroup, pk=group_id))


@login_required
@require_http_methods(["GET", "POST"])
def synonym_delete(request: HttpRequest, group_id: int) -> HttpResponse:
    """GET asks to confirm; POST deletes."""
    municipality = _synonym_editor(request)
    group = get_object_or_404(SynonymGroup, pk=group_id)
    if request.method == "POST":
        run_simple(request, services.synonym_group_delete, "De groep synoniemen is verwijderd.", group=group)
        return redirect(with_municipality("directory:synonym_list", municipality))
    return editor_page(
        request,
        "synonym_delete.html",
        municipality,
        "synonyms",
        group=group,
        cancel_url=with_municipality("directory:synonym_list", municipality),
    )
