"""versions everywhere: every record two people can edit carries a version, and who changed it last and when

A save or a delete names the version it was based on; a stale one is refused (flatapp.services.versioned).
Existing rows start at version 1, changed by nobody.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 03:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ('building', 'home', 'round', 'evening', 'volunteer', 'team', 'assignment', 'questionnaire_version',
          'door_attempt', 'quote_approval')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
            batch_op.add_column(sa.Column('changed_by', sa.String(length=80), server_default='', nullable=False))
            batch_op.add_column(sa.Column('changed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('changed_at')
            batch_op.drop_column('changed_by')
            batch_op.drop_column('version')
