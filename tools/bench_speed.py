#!/usr/bin/env python
"""Speed of fp32 against bf16 at every stage that runs the model, and serving speed of the compressed models.

    python tools/bench_speed.py [--reps 5] [--out figures/results/cost/speed_bench.json]

A script, not a subcommand: it measures this machine for `24_cost`, it does not compress anything. One process, one
run; each pair of settings alternates rep by rep, so that a busy machine slows both alike; medians are stored with the
torch threads, the host's cores and load, the command and the git commit.

Precision (SmolLM2-135M, whitened factors, the stored LLRC masks at 0.80):
- an LLRC training step (4 x 128 tokens, forward and backward);
- a perplexity window (1 x 512 tokens);
- an STRS sensitivity measurement (one layer truncated, 2 calibration batches);
- a zero-shot request batch (16 x 128 tokens, lm-eval's batch here): a forward to the logits.

Serving (dense, and the materialised models with the rank maps of the stored LLRC records at each ratio; the values of
the factors do not change the speed, so each model is built from its ranks alone): a forward pass of 8 x 512 tokens,
greedy decoding of 128 new tokens at batch 1 with the KV cache, and the size of the weights, in fp32 and bf16.
"""
import argparse, json, os, platform, statistics, subprocess, sys, time
from pathlib import Path
import torch

ROOT = Path(__file__).resolve().parent.parent

def timed(fn):
    t = time.perf_counter(); fn(); return time.perf_counter() - t

def alternate(a, b, reps):
    "Median seconds of `a` and of `b`, run alternately `reps` times after one warm-up each."
    ta, tb = [], []
    for i in range(reps + 1):
        x, y = timed(a), timed(b)
        if i: ta.append(x); tb.append(y)
    return statistics.median(ta), statistics.median(tb)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--out', default=str(ROOT/'figures'/'results'/'cost'/'speed_bench.json'))
    a = ap.parse_args()
    from llrc.models import load_model, atomic_write
    from llrc.data import load_corpus, calibration_set
    from llrc.compress import factorize_layers, low_rank_linear, count_params
    from llrc.losses import teacher_states
    from llrc.masks import install_masks, masked_layers
    from llrc.llrc import LLRCConfig, llrc_step
    from llrc.perplexity import autocast
    from llrc.baselines import _calib_nll
    from llrc.select import fraction_rank
    from llrc.stats import decomposable_linears
    torch.manual_seed(0)
    out = dict(model='smollm2-135m', threads=torch.get_num_threads(), reps=a.reps, torch=torch.__version__,
               host=dict(machine=platform.machine(), cpus=os.cpu_count()), command='python tools/bench_speed.py ' + ' '.join(sys.argv[1:]),
               git=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip())
    corpus = load_corpus('enwiki-gensim')
    model, tok = load_model('smollm2-135m')
    calib = calibration_set(tok, corpus, n_samples=8, seqlen=128, seed=0)
    factors, _ = factorize_layers(model, calib.batches, 'svdllm', 0.5, progress=False)
    teach = teacher_states(model, calib.batches)
    install_masks(model, factors); del factors
    ml = masked_layers(model)
    logits = torch.load(ROOT/'figures'/'results'/'compress'/'smollm2-135m_llrc_svdllm_r0.8_s0.logits.pt')
    with torch.no_grad():
        for n, m in ml.items(): m.logits.copy_(logits[n])
    prec = {}
    # an LLRC step
    copies = {n: (m.U.bfloat16(), m.Vt.bfloat16()) for n, m in ml.items()}   # made once, as a training run makes them
    def step(p):
        cfg = LLRCConfig(target=0.8, precision=p)
        def f():
            for n, m in ml.items(): m.U_c, m.Vt_c = copies[n] if p == 'bf16' else (None, None)
            for m in ml.values(): m.logits.grad = None
            loss, _ = llrc_step(model, calib.batches[0], teach[0], cfg, 0); loss.backward()
        return f
    prec['llrc_step'] = alternate(step('fp32'), step('bf16'), a.reps)
    for m in ml.values(): m.U_c = m.Vt_c = None
    for m in ml.values(): m.eval()
    # an STRS measurement: one layer truncated to half its parameters, every other layer dense
    for m in ml.values(): m.dense = True
    lay = ml['model.layers.10.mlp.down_proj']; lay.dense = False
    lay.keep = torch.arange(lay.rank) < fraction_rank(lay, 0.5)
    prec['strs_layer'] = alternate(lambda: _calib_nll(model, calib.batches[:2], None, 'fp32'),
                                   lambda: _calib_nll(model, calib.batches[:2], None, 'bf16'), a.reps)
    # a perplexity window and a zero-shot batch, on the dense model
    lay.dense = True
    ids = torch.cat([b for b in calib.batches]).reshape(-1)[:512][None]
    zs = torch.cat(calib.batches)[:16] if len(calib.batches) * 4 >= 16 else torch.cat(calib.batches)
    def fwd(x, p):
        def f():
            with torch.no_grad(), autocast(p, 'cpu'): model(x).logits.float().log_softmax(-1)
        return f
    prec['ppl_window'] = alternate(fwd(ids, 'fp32'), fwd(ids, 'bf16'), a.reps)
    prec['zero_shot_batch'] = alternate(fwd(zs, 'fp32'), fwd(zs, 'bf16'), a.reps)
    out['precision'] = {k: dict(fp32=v[0], bf16=v[1], speedup=v[0] / v[1]) for k, v in prec.items()}
    print(json.dumps(out['precision'], indent=1), flush=True)
    del model, teach, ml
    # serving: dense and the materialised rank maps of the stored LLRC records
    recs = {}
    for f in sorted((ROOT/'figures'/'results'/'compress').glob('smollm2-135m_llrc_svdllm_r*_s0.json')):
        r = json.loads(f.read_text()); recs[r['info']['target']] = r['ranks']
    x = torch.randint(0, len(tok), (8, 512)); prompt = torch.randint(0, len(tok), (1, 16))
    rows = []
    for target in [1.0] + sorted(recs, reverse=True):
        m, _ = load_model('smollm2-135m')
        if target < 1:
            for n, lin in decomposable_linears(m).items():
                k = recs[target][n]
                if k != 'dense': m.set_submodule(n, low_rank_linear(lin.in_features, lin.out_features, k, lin.bias is not None))
        m.eval()
        for dt in (torch.float32, torch.bfloat16):
            mm = m.to(dt)
            nbytes = sum(p.numel() * p.element_size() for p in mm.parameters())
            def f_fwd():
                with torch.no_grad(): mm(x)
            def f_dec():
                with torch.no_grad(): mm.generate(prompt, max_new_tokens=128, min_new_tokens=128, do_sample=False)
            tf = statistics.median([timed(f_fwd) for _ in range(max(2, a.reps // 2) + 1)][1:])
            td = statistics.median([timed(f_dec) for _ in range(3)][1:])
            rows.append(dict(target=target, dtype=str(dt).split('.')[-1], params=count_params(mm), weights_mb=nbytes / 2**20,
                             forward_tokens_per_s=x.numel() / tf, decode_tokens_per_s=128 / td))
            print(rows[-1], flush=True)
        del m
    out['serving'] = rows
    out['host']['load_1min'] = round(os.getloadavg()[0], 2)
    atomic_write(a.out, json.dumps(out, indent=1))
    print(f"stored {a.out}")

if __name__ == '__main__': main()
