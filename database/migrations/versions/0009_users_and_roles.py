"""users and roles: the people of a shared database, their role, and the rounds a typist enters

A database without users keeps working as before: whoever opens it is the coordinator.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 00:44:29.248035
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=63), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('name', name=op.f('uq_app_user_name'))
    )
    op.create_table('user_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_user_round_round_id_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_round_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_round')),
    sa.UniqueConstraint('user_id', 'round_id', name=op.f('uq_user_round_user_id_round_id'))
    )
    with op.batch_alter_table('user_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_round_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_round_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('user_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_round_user_id'))
        batch_op.drop_index(batch_op.f('ix_user_round_round_id'))

    op.drop_table('user_round')
    op.drop_table('app_user')
