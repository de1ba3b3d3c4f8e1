"""letter and tent settings per round: sender, corporation, logos, the tent's date, times and place

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 22:10:20.359486
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender_name', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sender_role', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sender_phone', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sender_email', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('organisation_logo', sa.String(length=500), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('corporation_name', sa.String(length=160), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('corporation_logo', sa.String(length=500), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('tent_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('tent_starts', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('tent_ends', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('tent_place', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('round', schema=None) as batch_op:
        batch_op.drop_column('tent_place')
        batch_op.drop_column('tent_ends')
        batch_op.drop_column('tent_starts')
        batch_op.drop_column('tent_date')
        batch_op.drop_column('corporation_logo')
        batch_op.drop_column('corporation_name')
        batch_op.drop_column('organisation_logo')
        batch_op.drop_column('sender_email')
        batch_op.drop_column('sender_phone')
        batch_op.drop_column('sender_role')
        batch_op.drop_column('sender_name')


