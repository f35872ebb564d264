"""Who maintains the social map (django-rules): a directory editor or functional admin of the
municipality. The predicates defer to ``directory.selectors``, so the rule lives in one place."""

import rules

from plein.directory.selectors import social_map_municipality_ids


@rules.predicate
def edits_social_map(user, municipality) -> bool:
    return municipality is not None and municipality.pk in social_map_municipality_ids(user)


@rules.predicate
def edits_a_social_map(user) -> bool:
    # The synonyms serve every municipality's search: any editor may maintain them.
    return bool(social_map_municipality_ids(user))


rules.add_perm("directory.edit_social_map", edits_social_map)
rules.add_perm("directory.edit_synonyms", edits_a_social_map)
