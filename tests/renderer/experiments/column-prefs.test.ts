import { describe, expect, it } from 'vitest';
import { columnDisplay } from '../../../renderer/src/features/experiments/runs/column-prefs';

const visible = (display: ReturnType<typeof columnDisplay>) => display.filter((entry) => entry.visible).map((entry) => entry.id);

describe("the runs table's columns before a choice is stored", () => {
  it("show the hyperparameters and metrics, not SageMaker's own job settings", () => {
    const ids = ['name', 'param:SageMaker.ImageUri', 'param:SageMaker.InstanceType', 'param:eta', 'param:max_depth', 'metric:validation:auc'];
    expect(visible(columnDisplay(ids, undefined))).toEqual(['name', 'param:eta', 'param:max_depth', 'metric:validation:auc']);
  });

  it('show a dozen hyperparameters at most', () => {
    const params = Array.from({ length: 15 }, (_, i) => `param:p${String(i).padStart(2, '0')}`);
    expect(visible(columnDisplay(['name', ...params], undefined))).toEqual(['name', ...params.slice(0, 12)]);
  });

  it("keep the user's stored choice, with columns recorded since shown at the end", () => {
    const stored = [
      { id: 'param:SageMaker.ImageUri', visible: true },
      { id: 'name', visible: true },
    ];
    expect(columnDisplay(['name', 'param:SageMaker.ImageUri', 'metric:auc'], stored)).toEqual([...stored, { id: 'metric:auc', visible: true }]);
  });
});
