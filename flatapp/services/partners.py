"""The partners of the working groups, kept once: the housing corporation and its caretaker, youth work,
the neighbourhood platform, the area team, the police … with what each can bring (``OFFERS``: people,
contacts, knowledge, money, means). A group names the partners involved and what each brings there
(``flatapp.services.groups``).

Partners are organisations, not residents: their names are not personal data of the block's residents,
but a contact person's phone and e-mail are; the partner list is internal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.versioned import save_versioned
from flatapp.storage.followup_models import OFFERS, GroupAction, GroupPartner, Partner, WorkingGroup

FIELD_LABELS = {"name": "de naam", "kind": "de soort", "contact_name": "de contactpersoon",
                "phone": "het telefoonnummer", "email": "het e-mailadres", "offers": "wat de partner kan bieden",
                "note": "de notitie"}
_EDITABLE = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    contact_name: str
    phone: str
    email: str
    offers: tuple[str, ...]
    note: str
    version: int
    groups: int = 0           # in how many working groups it takes part

    @property
    def offers_label(self) -> str:
        return ", ".join(self.offers)


def parse_offers(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """'mensen, kennis' or ['mensen', 'kennis'] → ('mensen', 'kennis') in the order of OFFERS; an unknown
    word is refused naming the words that are known."""
    if value is None:
        return ()
    words = value.split(",") if isinstance(value, str) else list(value)
    clean = {word.strip().lower() for word in words if word and word.strip()}
    unknown = sorted(clean - set(OFFERS))
    if unknown:
        raise UserError(f"Onbekend aanbod {', '.join(repr(w) for w in unknown)}; een partner kan bieden: "
                        f"{', '.join(OFFERS)} (gescheiden door komma's).")
    return tuple(offer for offer in OFFERS if offer in clean)


def _row(partner: Partner, groups: int = 0) -> PartnerRow:
    offers = tuple(o for o in (partner.offers or "").split(",") if o)
    return PartnerRow(partner.id, partner.name, partner.kind or "", partner.contact_name or "", partner.phone or "",
                      partner.email or "", offers, partner.note or "", partner.version, groups)


def list_partners(session: Session) -> list[PartnerRow]:
    counts = dict(session.execute(
        select(GroupPartner.partner_id, func.count(GroupPartner.id)).group_by(GroupPartner.partner_id)).all())
    partners = session.scalars(select(Partner).order_by(func.lower(Partner.name)))
    return [_row(p, counts.get(p.id, 0)) for p in partners]


def _partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise UserError(f"Partner {partner_id} bestaat niet (meer); misschien is hij in een ander venster "
                        "verwijderd. Open de lijst opnieuw.")
    return partner


def get_partner(session: Session, partner_id: int) -> PartnerRow:
    partner = _partner(session, partner_id)
    count = session.scalar(select(func.count(GroupPartner.id)).where(GroupPartner.partner_id == partner_id))
    return _row(partner, count or 0)


def find_partner(session: Session, name: str) -> PartnerRow:
    clean = " ".join((name or "").split())
    partner = session.scalar(select(Partner).where(func.lower(Partner.name) == clean.lower()))
    if partner is None:
        known = ", ".join(row.name for row in list_partners(session)) or "geen"
        raise UserError(f"Partner '{clean}' bestaat niet (bekend: {known}).")
    return get_partner(session, partner.id)


def _clean_name(session: Session, name: str, own_id: int | None = None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise UserError("Geef de partner een naam, bijvoorbeeld 'Woonstichting De Flat'.")
    if len(clean) > 120:
        raise UserError(f"De naam van de partner is te lang ({len(clean)} tekens, hoogstens 120).")
    other = session.scalar(select(Partner).where(func.lower(Partner.name) == clean.lower()))
    if other is not None and other.id != own_id:
        raise UserError(f"Er is al een partner met de naam '{other.name}'; een partner staat er maar één keer in. "
                        "Kies die partner of geef een andere naam.")
    return clean


def _values(session: Session, fields: dict[str, object], own_id: int | None) -> dict[str, object]:
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"unknown partner fields: {sorted(unknown)}")
    values: dict[str, object] = {}
    for field, value in fields.items():
        if field == "name":
            values[field] = _clean_name(session, str(value), own_id)
        elif field == "offers":
            values[field] = ",".join(parse_offers(value))  # type: ignore[arg-type]
        else:
            values[field] = str(value or "").strip()
    return values


def create_partner(session: Session, name: str, **fields: object) -> PartnerRow:
    """A new partner (name unique, case does not matter); fields: kind, contact_name, phone, email, offers, note."""
    values = _values(session, {"name": name, **fields}, None)
    partner = Partner(**values)
    session.add(partner)
    session.flush()
    return _row(partner)


def update_partner(session: Session, partner_id: int, version: int | None, **fields: object) -> PartnerRow:
    """Change a partner's fields; refused when someone saved it after ``version``."""
    partner = _partner(session, partner_id)
    values = _values(session, fields, partner_id)
    save_versioned(session, partner, version, values, f"Partner '{partner.name}'", FIELD_LABELS)
    return get_partner(session, partner_id)


def delete_partner(session: Session, partner_id: int, version: int | None) -> PartnerRow:
    """Remove a partner that no group names any more; refused while a group or an action still does."""
    partner = _partner(session, partner_id)
    row = get_partner(session, partner_id)
    if version != partner.version:
        raise UserError(f"Partner '{partner.name}' is intussen gewijzigd (versie {partner.version}, u werkte met "
                        f"versie {version}); er is niets verwijderd. Open de lijst opnieuw.")
    groups = list(session.scalars(select(WorkingGroup.name).join(GroupPartner).where(
        GroupPartner.partner_id == partner_id).order_by(WorkingGroup.name)))
    actions = session.scalar(select(func.count(GroupAction.id)).where(GroupAction.who_partner_id == partner_id))
    if groups or actions:
        where = f"werkgroep {', '.join(repr(g) for g in groups)}" if groups else f"{actions} acties"
        raise UserError(f"Partner '{partner.name}' werkt nog mee in {where}; haal de partner daar eerst weg. "
                        "Er is niets verwijderd.")
    session.delete(partner)
    session.flush()
    return row
