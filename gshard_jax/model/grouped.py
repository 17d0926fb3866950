"""Dropless experts as one grouped matmul over tokens sorted by expert: no capacity, no buckets.

Letters: G groups, S tokens per group, K choices per token, E experts, R rows of the sorted
buffer, I and O a matmul's input and output dims.

Every kept choice of every group takes one row of an [R, M] buffer whose rows are sorted by
expert, each expert's segment padded to a multiple of `tile` rows:
    row = start[e] + (e's kept choices in earlier groups) + slot (its place in its group)
R = G*S*K + E*(tile - 1), rounded up to the tile, holds any load, so the step compiles once
and its FLOPs follow the actual load (plus under `tile` padding rows per expert), where a
capacity buffer pays for the largest (group, expert) load in every group and expert.

`grouped_matmul` multiplies each segment by its expert's [I, O] weights, one of two ways:
  tiles       loops over the experts and, within each, over its segment in chunks of
              CHUNK_TILES tiles and then single tiles: plain 2-D matmuls on the expert's
              weights, never a copy of them per row block. Its own VJP, the same loops
              (autodiff of a loop that indexes the weights would add a whole [E, I, O]
              zero-and-add per step). For CPU: about the time of a capacity-factor-1.0
              layer (docs/performance.md, B5).
  ragged_dot  `jax.lax.ragged_dot` with the segments' sizes: the grouped-matmul kernels of
              TPU/GPU backends, the weight gradient from megablox's TPU kernel on one TPU
              device (`_ragged_matmul`). On CPU a dense fallback costs E x the FLOPs (tests).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import jax
import jax.numpy as jnp
from jax import lax

GROUPED_MATMULS = ("tiles", "ragged_dot")
# CPU rows per tile: the padding per expert stays under it; CHUNK_TILES tiles at a time keep
# most matmuls large. Measured on B5's layer (16,384 choices, E=8, fwd+bwd against the
# capacity-factor-1.0 layer): tile 32 with chunks of 8 tiles 1.05x; one size of tile 128
# 1.06x, 64 1.26x (the per-tile overhead), 256 1.02x but up to 2,040 padding rows.
TILE_ROWS, CHUNK_TILES = 32, 8


def tile_rows(num_choices: int, num_experts: int) -> int:
    """The tile for `num_choices` rows over `num_experts` experts: TILE_ROWS, or less (a power
    of two at most the balanced load) where the padding would outweigh the rows (decoding)."""
    balanced = max(1, num_choices // num_experts)
    return min(TILE_ROWS, 1 << (balanced.bit_length() - 1))


class SortedRows(NamedTuple):
    """Where each choice goes in the sorted buffer.

    row_GSK: its row (int32 [G, S, K]); choices not kept point at `num_rows` (no row).
    rows_E: the rows of each expert's segment, padded to the tile (int32 [E]).
    num_rows: R, the buffer's static size.
    """

    row_GSK: jax.Array
    rows_E: jax.Array
    num_rows: int


def sorted_rows(expert_GSK: jax.Array, slot_GSK: jax.Array, kept_GSK: jax.Array,
                num_experts: int, tile: int) -> SortedRows:
    """The rows of the kept choices, sorted by expert (module docstring).

    Relies on the routers' slots: the kept choices of expert e in group g hold slots
    0..n-1 (model/routing.py), so `slot` is already the rank within the group.
    """
    G, S, K = expert_GSK.shape
    E = num_experts
    count_GE = jnp.sum(jax.nn.one_hot(expert_GSK, E, dtype=jnp.int32) * kept_GSK[..., None],
                       axis=(1, 2))
    earlier_GE = jnp.cumsum(count_GE, axis=0) - count_GE
    rows_E = -(-count_GE.sum(axis=0) // tile) * tile
    start_GE = (jnp.cumsum(rows_E) - rows_E)[None] + earlier_GE
    num_rows = -(-(G * S * K + E * (tile - 1)) // tile) * tile
    start_GSK = jnp.take_along_axis(start_GE, expert_GSK.reshape(G, S * K), axis=1)
    row_GSK = jnp.where(kept_GSK, start_GSK.reshape(G, S, K) + slot_GSK, num_rows)
    return SortedRows(row_GSK.astype(jnp.int32), rows_E.astype(jnp.int32), num_rows)


def grouped_matmul(x_RI: jax.Array, w_EIO: jax.Array, rows_E: jax.Array,
                   method: str = "tiles", tpu: bool = False, tile: int = TILE_ROWS) -> jax.Array:
    """Each expert's segment of x times its weights: [R, I], [E, I, O] -> [R, O].

    rows_E: the segments' sizes, in order from row 0 (multiples of `tile` for 'tiles');
    rows past their sum come out zero. tpu: the step compiles for one TPU device, where
    'ragged_dot' takes its weight gradient from megablox's kernel (`_ragged_matmul`).
    """
    if method == "ragged_dot":
        use_kernel = tpu and _megablox_fits(x_RI, w_EIO)
        return _ragged_matmul(x_RI, w_EIO, rows_E, "megablox" if use_kernel else "xla")
    if method != "tiles":
        raise ValueError(f"grouped matmul {method!r} is not one of {GROUPED_MATMULS}")
    return _tiled_matmul(x_RI, w_EIO, rows_E, tile)


def _for_each_block(rows_E, num_rows: int, tile: int, body, carry):
    """carry = body(expert, first row, block rows, carry) over every expert's segment, in
    blocks of CHUNK_TILES * tile rows and then of tile (of R = num_rows)."""
    start_E = jnp.cumsum(rows_E) - rows_E
    # No segment is longer than R: a smaller buffer's chunks are its whole tiles.
    chunk = min(tile * CHUNK_TILES, num_rows // tile * tile)

    def expert_body(e, carry):
        chunks = rows_E[e] // chunk
        carry = lax.fori_loop(0, chunks, lambda i, c: body(e, start_E[e] + i * chunk, chunk, c),
                              carry)
        tiles = (rows_E[e] - chunks * chunk) // tile
        first = start_E[e] + chunks * chunk
        return lax.fori_loop(0, tiles, lambda i, c: body(e, first + i * tile, tile, c),
                             carry)

    return lax.fori_loop(0, rows_E.shape[0], expert_body, carry)


def _tiled_product(x_RI, w_EIO, rows_E, tile: int, transpose: bool):
    """x times each segment's w (or w transposed): [R, I] -> [R, O] (or [R, O] -> [R, I])."""
    out_dim = w_EIO.shape[1] if transpose else w_EIO.shape[2]

    def block(e, row, size, y):
        w = w_EIO[e].T if transpose else w_EIO[e]
        product = lax.dynamic_slice_in_dim(x_RI, row, size) @ w
        return lax.dynamic_update_slice_in_dim(y, product.astype(y.dtype), row, 0)

    return _for_each_block(rows_E, x_RI.shape[0], tile, block,
                           jnp.zeros((x_RI.shape[0], out_dim), x_RI.dtype))


@functools.partial(jax.custom_vjp, nondiff_argnums=(3,))
def _tiled_matmul(x_RI, w_EIO, rows_E, tile):
    return _tiled_product(x_RI, w_EIO, rows_E, tile, transpose=False)


def _tiled_matmul_fwd(x_RI, w_EIO, rows_E, tile):
    return _tiled_product(x_RI, w_EIO, rows_E, tile, transpose=False), (x_RI, w_EIO, rows_E)


def _tiled_matmul_bwd(tile, residuals, d_y_RO):
    x_RI, w_EIO, rows_E = residuals
    d_x_RI = _tiled_product(d_y_RO, w_EIO, rows_E, tile, transpose=True)

    def block(e, row, size, d_w_EIO):  # d_w[e] += x_block^T d_y_block, accumulated in float32
        x_block = lax.dynamic_slice_in_dim(x_RI, row, size)
        d_y_block = lax.dynamic_slice_in_dim(d_y_RO, row, size)
        product = lax.dot_general(x_block, d_y_block, (((0,), (0,)), ((), ())),
                                  preferred_element_type=jnp.float32)
        updated = lax.dynamic_index_in_dim(d_w_EIO, e, keepdims=False) + product
        return lax.dynamic_update_index_in_dim(d_w_EIO, updated, e, 0)

    d_w_EIO = _for_each_block(rows_E, x_RI.shape[0], tile, block,
                              jnp.zeros(w_EIO.shape, jnp.float32))
    return d_x_RI, d_w_EIO.astype(w_EIO.dtype), None


_tiled_matmul.defvjp(_tiled_matmul_fwd, _tiled_matmul_bwd)


# TPU weight gradient of 'ragged_dot': megablox's grouped kernel, tiles of 128 in each dim.
_MEGABLOX_TILE = 128


def _megablox_fits(x_RI, w_EIO) -> bool:
    return all(d % _MEGABLOX_TILE == 0 for d in (x_RI.shape[0], *w_EIO.shape[1:]))


WEIGHT_GRADIENTS = ("xla", "megablox", "megablox_interpret")


@functools.partial(jax.custom_vjp, nondiff_argnums=(3,))
def _ragged_matmul(x_RI, w_EIO, rows_E, weight_gradient: str):
    """lax.ragged_dot whose weight gradient is XLA's or megablox's grouped TPU kernel
    (weight_gradient one of WEIGHT_GRADIENTS; 'megablox_interpret' runs it in Pallas's
    interpreter, for tests on CPU). XLA (jax 0.10.2's libtpu) lowers the forward and the
    input gradient to its grouped kernel but expands the weight gradient (a ragged
    contracting dimension) into a masked dense product of E times the FLOPs
    (docs/performance.md, B5 on TPU)."""
    return lax.ragged_dot(x_RI, w_EIO, rows_E)


def _ragged_matmul_fwd(x_RI, w_EIO, rows_E, weight_gradient):
    return lax.ragged_dot(x_RI, w_EIO, rows_E), (x_RI, w_EIO, rows_E)


def _ragged_matmul_bwd(weight_gradient, residuals, d_y_RO):
    x_RI, w_EIO, rows_E = residuals
    d_x_RI = lax.ragged_dot(d_y_RO, jnp.swapaxes(w_EIO, 1, 2), rows_E)
    if weight_gradient == "xla":  # jax's own transpose of ragged_dot
        d_w_EIO = jax.vjp(lambda w: lax.ragged_dot(x_RI, w, rows_E), w_EIO)[1](d_y_RO)[0]
    else:
        from jax.experimental.pallas.ops.tpu.megablox.gmm import tgmm
        d_w_EIO = tgmm(x_RI.T, d_y_RO, rows_E, preferred_element_type=jnp.float32,
                       tiling=(_MEGABLOX_TILE,) * 3,
                       interpret=weight_gradient == "megablox_interpret")
    return d_x_RI, d_w_EIO.astype(w_EIO.dtype), None


_ragged_matmul.defvjp(_ragged_matmul_fwd, _ragged_matmul_bwd)
