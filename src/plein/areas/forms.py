from django import forms

from plein.people.forms import PostcodeField


class AddressRoutingForm(forms.Form):
    postcode = PostcodeField()
    house_number = forms.IntegerField(
        label="Huisnummer", min_value=1, error_messages={"invalid": "Vul een huisnummer in cijfers in."}
    )
