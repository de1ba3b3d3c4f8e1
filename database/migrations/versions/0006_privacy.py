"""privacy: consent per purpose, publications, retention, tier and target in the log

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 21:04:14.360150
"""

import json

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('home_id', sa.Integer(), nullable=False),
    sa.Column('respondent', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('given', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['home_id'], ['home.id'], name=op.f('fk_consent_home_id_home'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_consent_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    sa.UniqueConstraint('round_id', 'home_id', 'respondent', 'purpose', name='uq_consent_purpose')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_home_id'), ['home_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_round_id'), ['round_id'], unique=False)

    op.create_table('publication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('threshold', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_publication_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication')),
    sa.UniqueConstraint('round_id', 'number', name='uq_publication_number')
    )
    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publication_round_id'), ['round_id'], unique=False)

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tier', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('target', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))

    _consent_from_answers()


# The consent questions of the standard form as they were before consent had a record of its own.
_FORM_CONSENT = {"VH2": "story", "CT1": "contact"}
_YES, _NO = 1, 2


def _consent_from_answers() -> None:
    """Record what residents answered on the consent questions already typed (source 'formulier')."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT round_id, home_id, respondent, answers, entered_by, updated_at FROM interview")).fetchall()
    insert = sa.text(
        "INSERT INTO consent (round_id, home_id, respondent, purpose, given, source, recorded_at, "
        "recorded_by, withdrawn_at, note) VALUES (:round_id, :home_id, :respondent, :purpose, :given, "
        "'formulier', :at, :by, NULL, '')")
    for round_id, home_id, respondent, answers, entered_by, updated_at in rows:
        try:
            values = json.loads(answers or "{}")
        except ValueError:
            continue
        for code, purpose in _FORM_CONSENT.items():
            if values.get(code) in (_YES, _NO):
                bind.execute(insert, {"round_id": round_id, "home_id": home_id, "respondent": respondent,
                                      "purpose": purpose, "given": values[code] == _YES, "at": updated_at,
                                      "by": entered_by or ""})


def downgrade() -> None:
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.drop_column('retention_until')

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.drop_column('target')
        batch_op.drop_column('tier')

    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publication_round_id'))

    op.drop_table('publication')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_round_id'))
        batch_op.drop_index(batch_op.f('ix_consent_home_id'))

    op.drop_table('consent')
