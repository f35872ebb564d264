from django import forms

WRONG_CODE = "Deze code klopt niet of is verlopen."


class AppCodeForm(forms.Form):
    """The first code from the app, to show it was set up with the right key."""

    code = forms.CharField(
        label="Code uit de app",
        max_length=12,
        help_text="De zes cijfers die uw authenticator-app nu toont.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text="De zes cijfers uit uw authenticator-app, of een van uw back-upcodes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )


class ColleagueResetForm(forms.Form):
    username = forms.CharField(label="Gebruikersnaam van de collega", max_length=150)
