// Where an element stands in a list, by its id: for the stages' passes that step from an element to its neighbours
// in the body or the document. Element ids are reading-order positions (DocumentBuilder numbers them 0, 1, 2 …), so
// a typed array indexed by id holds a list's positions in a few milliseconds, where a Map of every id took tens on a
// long document and left its entries to the collector. A list whose ids are not small whole numbers (hand-made
// documents) gets a Map: the answers are the same either way (the last position of an id listed twice, undefined
// for an id not in the list).

/** Ids this much past the list's length still get a typed array (a body list is the document's minus furniture). */
const SLACK = 4;

/** An element's position in a list by id (the list as it was when indexed). */
export class PositionIndex {
  private readonly byId: Int32Array | undefined;
  private readonly map: Map<number, number> | undefined;

  constructor(list: readonly { readonly id: number }[]) {
    let max = -1;
    let whole = true;
    for (let i = 0; i < list.length; i++) {
      const id = list[i].id;
      if (!Number.isInteger(id) || id < 0) whole = false;
      else if (id > max) max = id;
    }
    if (whole && max < SLACK * list.length + 64) {
      this.byId = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < list.length; i++) this.byId[list[i].id] = i;
    } else {
      this.map = new Map();
      for (let i = 0; i < list.length; i++) this.map.set(list[i].id, i);
    }
  }

  get(id: number): number | undefined {
    if (this.map) return this.map.get(id);
    const at = this.byId![id]; // undefined past the end and for a negative or fractional id
    return at === undefined || at < 0 ? undefined : at;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }
}

/** The elements of a list by id, through their positions (see PositionIndex). */
export class ElementIndex<T extends { readonly id: number }> {
  private readonly at: PositionIndex;

  constructor(private readonly list: readonly T[]) {
    this.at = new PositionIndex(list);
  }

  get(id: number): T | undefined {
    const i = this.at.get(id);
    return i === undefined ? undefined : this.list[i];
  }
}
