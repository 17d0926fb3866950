"""Reserved token ids, defined once for the tokenizer, the model and decoding.

Padding is 0 and also the decoder's start token (targets are shifted right behind it, as in
Flax's WMT example); every sequence ends with EOS; there is no BOS.
"""

PAD_ID = 0
EOS_ID = 1
UNK_ID = 2
