// Taps a control on a page the way a person does: once the layout has settled, scrolled into
// its Flickable's view, then clicked where it really is.
.pragma library

function enclosingFlickable(item) {
    for (let p = item.parent; p; p = p.parent) {
        if (p.contentItem !== undefined && p.contentY !== undefined)
            return p;
    }
    return null;
}

function tap(testCase, item, name) {
    testCase.tryVerify(() => item.visible && item.enabled, 1000, name + " is visible and enabled");
    const flickable = enclosingFlickable(item);
    let last = null;
    // Layouts are polished lazily: a control can still move after it became visible.
    testCase.tryVerify(() => {
        let inView = true;
        if (flickable) {
            const top = item.mapToItem(flickable.contentItem, 0, 0).y;
            flickable.contentY = Math.max(0, Math.min(top - 20, flickable.contentHeight - flickable.height));
            const y = item.mapToItem(flickable, 0, 0).y;
            inView = y >= 0 && y + item.height <= flickable.height + 0.5;
        }
        const at = item.mapToItem(null, 0, 0);
        const settled = last !== null && last.x === at.x && last.y === at.y;
        last = at;
        return inView && settled;
    }, 2000, name + " is settled in view");
    testCase.mouseClick(item);
}
