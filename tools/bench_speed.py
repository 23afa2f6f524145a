#!/usr/bin/env python
"""Speed of fp32 against bf16 at every stage that runs the model, what the LLRC step spends its time on, and serving speed of the compressed models.

    python tools/bench_speed.py [--reps 5] [--parts precision,step,candidates,serving] [--out figures/results/cost/speed_bench.json]

A script, not a subcommand: it measures this machine for `24_cost`, it does not compress anything. One process, one
run; each set of settings alternates rep by rep, so that a busy machine slows them alike; medians are stored with the
torch threads, the host's cores and load, the command and the git commit of each part. `--parts` reruns some parts
and keeps the others as stored.

`precision` (SmolLM2-135M, whitened factors, the stored LLRC masks at 0.80), fp32 against bf16:
- an LLRC training step (4 x 128 tokens, forward and backward);
- a perplexity window (1 x 512 tokens);
- an STRS sensitivity measurement (one layer truncated, 2 calibration batches);
- a zero-shot request batch (16 x 128 tokens, lm-eval's batch here): a forward to the logits.

`step`: the bf16 LLRC step with each attention kernel (`sdpa`, `eager`), alternating, and the profile of one bf16
step (self CPU time by operator, the ten largest).

`candidates`: the bf16 step as training runs it (eager attention, bf16 copies of the factors, the `distill`
objective) against each candidate for a cheaper step, alternating: every frozen weight outside the masks held in bf16
once (`model_bf16`), no key/value cache built during the pass (`no_cache`: transformers builds one unless told
not to, and a training pass never reads it), the teacher's states stored in bf16 (`teacher_bf16`), and `torch.compile` of the decoder
(`compiled`, without the cache; its compile time is stored apart); and, as the reference the issue was filed against, the same step
with torch's fused `sdpa` attention (`sdpa`). Each candidate's mask gradients are compared with the current step's
(cosine). Then the step of each training objective (`distill`, `next_token`, `kl`, `next_token+distill`), alternating.

`serving`: the dense model and the materialised models with the rank maps of the stored LLRC records at each ratio
(the values of the factors do not change the speed, so each model is built from its ranks alone): a forward pass of
8 x 512 tokens, greedy decoding of 128 new tokens at batch 1 with the KV cache, and the size of the weights, in fp32
and bf16. Beside each factored model its `fastest` variant in bf16: a layer stays factored only where two products at
its rank beat the dense product at the forward's shape (the break-even rank of each weight shape, measured first,
is stored as `breakeven`). All models are built first; the measurements go round them rep by rep.
"""
import argparse, json, os, platform, statistics, subprocess, sys, time
from pathlib import Path
import torch

ROOT = Path(__file__).resolve().parent.parent

def timed(fn):
    t = time.perf_counter(); fn(); return time.perf_counter() - t

def round_robin(fns:dict, reps:int)->dict:
    "Median seconds of each function, going round all of them `reps` times after one warm-up round."
    ts = {k: [] for k in fns}
    for i in range(reps + 1):
        for k, f in fns.items():
            t = timed(f)
            if i: ts[k].append(t)
    return {k: statistics.median(v) for k, v in ts.items()}

def alternate(a, b, reps):
    "Median seconds of `a` and of `b`, run alternately `reps` times after one warm-up each."
    t = round_robin({'a': a, 'b': b}, reps)
    return t['a'], t['b']

def precision_part(model, ml, calib, teach, reps):
    from llrc.llrc import LLRCConfig, llrc_step
    from llrc.device import autocast
    from llrc.baselines import _calib_nll
    from llrc.select import fraction_rank
    prec = {}
    copies = {n: (m.U.bfloat16(), m.Vt.bfloat16()) for n, m in ml.items()}   # made once, as a training run makes them
    def step(p):
        cfg = LLRCConfig()
        def f():
            for n, m in ml.items(): m.U_c, m.Vt_c = copies[n] if p == 'bf16' else (None, None)
            for m in ml.values(): m.logits.grad = None
            loss, _ = llrc_step(model, calib.batches[0], teach[0], cfg, 0, target=0.8, precision=p); loss.backward()
        return f
    prec['llrc_step'] = alternate(step('fp32'), step('bf16'), reps)
    for m in ml.values(): m.U_c = m.Vt_c = None
    for m in ml.values(): m.eval()
    # an STRS measurement: one layer truncated to half its parameters, every other layer dense
    for m in ml.values(): m.dense = True
    lay = ml['model.layers.10.mlp.down_proj']; lay.dense = False
    lay.keep = torch.arange(lay.rank) < fraction_rank(lay, 0.5)
    prec['strs_layer'] = alternate(lambda: _calib_nll(model, calib.batches[:2], None, 'fp32'),
                                   lambda: _calib_nll(model, calib.batches[:2], None, 'bf16'), reps)
    # a perplexity window and a zero-shot batch, on the dense model
    lay.dense = True
    ids = torch.cat([b for b in calib.batches]).reshape(-1)[:512][None]
    zs = torch.cat(calib.batches)[:16] if len(calib.batches) * 4 >= 16 else torch.cat(calib.batches)
    def fwd(x, p):
        def f():
            with torch.no_grad(), autocast(p, 'cpu'): model(x).logits.float().log_softmax(-1)
        return f
    prec['ppl_window'] = alternate(fwd(ids, 'fp32'), fwd(ids, 'bf16'), reps)
    prec['zero_shot_batch'] = alternate(fwd(zs, 'fp32'), fwd(zs, 'bf16'), reps)
    return {k: dict(fp32=v[0], bf16=v[1], speedup=v[0] / v[1]) for k, v in prec.items()}

def step_part(model, ml, calib, teach, reps):
    "The bf16 step with each attention kernel, alternating; the operator profile of one bf16 step (sdpa)."
    from llrc.llrc import LLRCConfig, llrc_step
    cfg = LLRCConfig()
    for m in ml.values(): m.U_c, m.Vt_c = m.U.bfloat16(), m.Vt.bfloat16()
    def step(attn):
        def f():
            model.set_attn_implementation(attn)
            for m in ml.values(): m.logits.grad = None
            loss, _ = llrc_step(model, calib.batches[0], teach[0], cfg, 0, target=0.8, precision='bf16'); loss.backward()
        return f
    grads = {}
    for attn in ('sdpa', 'eager'):
        step(attn)(); grads[attn] = torch.cat([m.logits.grad.flatten() for m in ml.values()])
    cos = torch.nn.functional.cosine_similarity(grads['sdpa'], grads['eager'], dim=0).item()
    t = round_robin({'sdpa': step('sdpa'), 'eager': step('eager')}, reps)
    model.set_attn_implementation('sdpa')
    from torch.profiler import profile, ProfilerActivity
    with profile(activities=[ProfilerActivity.CPU]) as prof: step('sdpa')()
    ev = [e for e in prof.key_averages() if e.self_cpu_time_total > 0]
    total = sum(e.self_cpu_time_total for e in ev)
    top = sorted(ev, key=lambda e: -e.self_cpu_time_total)[:10]
    for m in ml.values(): m.U_c = m.Vt_c = None
    return dict(seconds=t, eager_vs_sdpa=t['sdpa'] / t['eager'], grad_cosine=cos, batch=list(calib.batches[0].shape),
                profile_total_ms=total / 1e3, profile=[dict(op=e.key, calls=e.count, self_ms=e.self_cpu_time_total / 1e3,
                                                            share=e.self_cpu_time_total / total) for e in top])

def candidates_part(model, ml, calib, teach, reps):
    "The bf16 training step against the candidates for a cheaper one, alternating, with gradient cosines; the step of each objective."
    from llrc.llrc import LLRCConfig, llrc_step, training_factors
    inside = {id(p) for m in ml.values() for p in m.parameters()}
    frozen = [p for p in model.parameters() if id(p) not in inside and p.dtype == torch.float32]
    f32, b16 = [p.data for p in frozen], [p.data.bfloat16() for p in frozen]
    teach16 = [[s.bfloat16() for s in t] for t in teach]
    base = model.base_model
    def step(objective='distill', model_bf16=False, teacher=teach, compiled=False, attention='eager', cache=True):
        cfg = LLRCConfig(objective=objective)
        def f():
            for p, d in zip(frozen, b16 if model_bf16 else f32): p.data = d
            model.config.use_cache = cache
            base._compiled_call_impl = compiled or None
            if attention != 'eager': model.set_attn_implementation(attention)
            for m in ml.values(): m.logits.grad = None
            try:
                loss, _ = llrc_step(model, calib.batches[0], teacher[0], cfg, 0, target=0.8, precision='bf16'); loss.backward()
            finally:
                for p, d in zip(frozen, f32): p.data = d
                base._compiled_call_impl = None
                model.config.use_cache = True
                if attention != 'eager': model.set_attn_implementation('eager')
        return f
    grad = lambda: torch.cat([m.logits.grad.flatten() for m in ml.values()])
    out = dict(batch=list(calib.batches[0].shape), attention='eager')
    with training_factors(model, 'bf16', 'eager'):
        fns = dict(current=step(), sdpa=step(attention='sdpa'), no_cache=step(cache=False), model_bf16=step(model_bf16=True),
                   teacher_bf16=step(teacher=teach16))
        try:
            t = time.perf_counter()
            comp = torch.compile(base._call_impl)
            fns['compiled'] = step(compiled=comp, cache=False); fns['compiled']()
            out['compile_seconds'] = time.perf_counter() - t
        except Exception as e:                                   # recorded, not hidden: the candidate did not run here
            out['compile_error'] = f"{type(e).__name__}: {str(e).splitlines()[0][:300]}"; fns.pop('compiled', None)
        grads = {}
        for k, f in fns.items(): f(); grads[k] = grad()
        out['grad_cosine'] = {k: torch.nn.functional.cosine_similarity(g, grads['current'], dim=0).item() for k, g in grads.items()}
        out['seconds'] = round_robin(fns, reps)
        out['speedup'] = {k: out['seconds']['current'] / v for k, v in out['seconds'].items()}
        out['objectives'] = round_robin({o: step(o) for o in ('distill', 'next_token', 'kl', 'next_token+distill')}, reps)
    return out

def breakeven(shapes:set, tokens:int, dtype, reps:int)->dict:
    "Per weight shape (in, out): the largest rank at which x @ A @ B is still faster than x @ W, at `tokens` rows."
    res = {}
    for (i, o) in sorted(shapes):
        x = torch.randn(tokens, i, dtype=dtype); W = torch.randn(o, i, dtype=dtype)
        ks = sorted({max(8, int(f * min(i, o))) for f in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)})
        fns = {'dense': lambda: torch.nn.functional.linear(x, W)}
        for k in ks:
            A, B = torch.randn(k, i, dtype=dtype), torch.randn(o, k, dtype=dtype)
            fns[k] = (lambda A=A, B=B: torch.nn.functional.linear(torch.nn.functional.linear(x, A), B))
        t = round_robin(fns, reps)
        faster = [k for k in ks if t[k] < t['dense']]
        res[f'{i}x{o}'] = dict(dense_ms=1e3 * t['dense'], ms={str(k): 1e3 * t[k] for k in ks},
                               breakeven_rank=max(faster) if faster else 0, params_breakeven_rank=i * o // (i + o))
    return res

def serving_part(tok, reps):
    from llrc.models import load_model
    from llrc.compress import low_rank_linear, count_params
    from llrc.stats import decomposable_linears
    recs = {}
    for f in sorted((ROOT/'figures'/'results'/'compress').glob('smollm2-135m_llrc_svdllm_r*_s0.json')):
        r = json.loads(f.read_text()); recs[r['info']['target']] = r['ranks']
    x = torch.randint(0, len(tok), (8, 512)); prompt = torch.randint(0, len(tok), (1, 16))
    base, _ = load_model('smollm2-135m')
    shapes = {(l.in_features, l.out_features) for l in decomposable_linears(base).values()}
    be = breakeven(shapes, x.numel(), torch.bfloat16, reps)
    def build(target, dtype, fastest=False):
        m, _ = load_model('smollm2-135m')
        n_fact = 0
        if target < 1:
            for n, lin in decomposable_linears(m).items():
                k = recs[target][n]
                if k == 'dense' or (fastest and k > be[f'{lin.in_features}x{lin.out_features}']['breakeven_rank']): continue
                m.set_submodule(n, low_rank_linear(lin.in_features, lin.out_features, k, lin.bias is not None)); n_fact += 1
        return m.eval().to(dtype), n_fact
    models = {}
    for target in [1.0] + sorted(recs, reverse=True):
        for dt in (torch.float32, torch.bfloat16):
            models[(target, str(dt).split('.')[-1], 'factored' if target < 1 else 'dense')] = build(target, dt)
        if target < 1: models[(target, 'bfloat16', 'fastest')] = build(target, torch.bfloat16, fastest=True)
    def fwd(m):
        def f():
            with torch.no_grad(): m(x)
        return f
    def dec(m):
        def f():
            with torch.no_grad(): m.generate(prompt, max_new_tokens=128, min_new_tokens=128, do_sample=False)
        return f
    tf = round_robin({k: fwd(m) for k, (m, _) in models.items()}, reps)
    td = round_robin({k: dec(m) for k, (m, _) in models.items()}, reps)
    rows = []
    for k, (m, nf) in models.items():
        rows.append(dict(target=k[0], dtype=k[1], variant=k[2], factored_layers=nf, params=count_params(m),
                         weights_mb=sum(p.numel() * p.element_size() for p in m.parameters()) / 2**20,
                         forward_tokens_per_s=x.numel() / tf[k], decode_tokens_per_s=128 / td[k]))
        print(rows[-1], flush=True)
    return rows, be

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--out', default=str(ROOT/'figures'/'results'/'cost'/'speed_bench.json'))
    ap.add_argument('--parts', default='precision,step,candidates,serving', help='comma-separated: precision, step, candidates, serving')
    a = ap.parse_args()
    parts = a.parts.split(',')
    if bad := set(parts) - {'precision', 'step', 'candidates', 'serving'}: sys.exit(f"unknown part(s) {', '.join(sorted(bad))}; choose precision, step, candidates, serving")
    from llrc.models import load_model, atomic_write
    from llrc.data import load_corpus, calibration_set
    from llrc.compress import factorize_layers
    from llrc.losses import teacher_states
    from llrc.masks import install_masks, masked_layers
    torch.manual_seed(0)
    prev = json.loads(Path(a.out).read_text()) if Path(a.out).exists() else {}
    out = dict(model='smollm2-135m', torch=torch.__version__, parts=prev.get('parts', {}))
    if 'precision' in prev and 'precision' not in out['parts']:     # a file from before the parts: its provenance was global
        out['parts']['precision'] = {k: prev[k] for k in ('threads', 'reps', 'host', 'command', 'git') if k in prev}
    for k in ('precision', 'step', 'candidates', 'serving', 'breakeven'):
        if k in prev: out[k] = prev[k]
    def stamp(part):
        out['parts'][part] = dict(threads=torch.get_num_threads(), reps=a.reps, command='python tools/bench_speed.py ' + ' '.join(sys.argv[1:]),
                                  git=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
                                  host=dict(machine=platform.machine(), cpus=os.cpu_count(), load_1min=round(os.getloadavg()[0], 2)))
        atomic_write(a.out, json.dumps(out, indent=1)); print(f"stored {part} in {a.out}", flush=True)
    model, tok = load_model('smollm2-135m')
    if {'precision', 'step', 'candidates'} & set(parts):
        calib = calibration_set(tok, load_corpus('enwiki-gensim'), n_samples=8, seqlen=128, seed=0)
        factors, _ = factorize_layers(model, calib.batches, 'svdllm', 0.5, progress=False)
        teach = teacher_states(model, calib.batches)
        install_masks(model, factors); del factors
        ml = masked_layers(model)
        logits = torch.load(ROOT/'figures'/'results'/'compress'/'smollm2-135m_llrc_svdllm_r0.8_s0.logits.pt')
        with torch.no_grad():
            for n, m in ml.items(): m.logits.copy_(logits[n])
        if 'step' in parts:
            out['step'] = step_part(model, ml, calib, teach, a.reps); stamp('step')
            print(json.dumps({k: v for k, v in out['step'].items() if k != 'profile'}, indent=1), flush=True)
        if 'candidates' in parts:
            out['candidates'] = candidates_part(model, ml, calib, teach, a.reps); stamp('candidates')
            print(json.dumps(out['candidates'], indent=1), flush=True)
        if 'precision' in parts:
            out['precision'] = precision_part(model, ml, calib, teach, a.reps); stamp('precision')
            print(json.dumps(out['precision'], indent=1), flush=True)
        del teach, ml
    del model
    if 'serving' in parts:
        out['serving'], out['breakeven'] = serving_part(tok, a.reps); stamp('serving')

if __name__ == '__main__': main()
