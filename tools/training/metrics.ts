/** Per-label precision, recall and F1, macro-F1 and the confusion matrix (rows: truth). */
export interface Report {
  labels: string[];
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
  macroF1: number;
  accuracy: number;
  confusion: number[][];
}

export function report(
  labels: readonly string[],
  truth: readonly string[],
  predicted: readonly string[],
): Report {
  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (t === p) correct++;
    const row = index.get(t);
    const col = index.get(p);
    if (row !== undefined && col !== undefined) confusion[row]![col]! += 1;
  });
  const perLabel = labels.map((label, k) => {
    const tp = confusion[k]![k]!;
    // Counted from the lists, not the matrix: a prediction outside the labels (a peer's "None") is
    // still a miss for its true label.
    const predictedCount = predicted.filter((p) => p === label).length;
    const support = truth.filter((t) => t === label).length;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const present = perLabel.filter((p) => p.support > 0);
  const macroF1 = present.reduce((sum, p) => sum + p.f1, 0) / Math.max(1, present.length);
  return { labels: [...labels], perLabel, macroF1, accuracy: correct / Math.max(1, truth.length), confusion };
}

/** Expected calibration error over equal-width confidence bins. */
export function expectedCalibrationError(
  confidences: readonly number[],
  correct: readonly boolean[],
  bins = 10,
): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, conf: 0, acc: 0 }));
  confidences.forEach((c, i) => {
    const bin = sums[Math.min(bins - 1, Math.floor(c * bins))]!;
    bin.n++;
    bin.conf += c;
    bin.acc += correct[i] ? 1 : 0;
  });
  const n = confidences.length;
  return sums.reduce(
    (sum, b) => (b.n === 0 ? sum : sum + (b.n / n) * Math.abs(b.acc / b.n - b.conf / b.n)),
    0,
  );
}
