//@ spec: 12.7, 17.1
// Moves reach through a Box that is itself a field (s.b.name) and through nested boxes
// (b.inner.value): only the moved leaf is gone; everything else drops where its owner dies.
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Inner {
    value: D,
    extra: D,
}

struct Outer {
    title: D,
    inner: Box<Inner>,
}

struct Holder {
    id: u32,
    b: Box<Outer>,
}

fn d(s: &str) -> D {
    D(s.to_string())
}

fn main() {
    println!("nested box:");
    let b = Box::new(Outer { title: d("title"), inner: Box::new(Inner { value: d("value"), extra: d("extra") }) });
    let v = b.inner.value;
    println!("  moved {}; title {} extra {}", v.0, b.title.0, b.inner.extra.0);
    drop(v);
    println!("  v gone");
    println!("box in struct:");
    {
        let h = Holder { id: 7, b: Box::new(Outer { title: d("t2"), inner: Box::new(Inner { value: d("v2"), extra: d("e2") }) }) };
        let t = h.b.title;
        let e = h.b.inner.extra;
        println!("  id {} took {} and {}", h.id, t.0, e.0);
    }
    println!("whole inner box:");
    let o = Box::new(Outer { title: d("t3"), inner: Box::new(Inner { value: d("v3"), extra: d("e3") }) });
    let inner: Box<Inner> = o.inner;
    println!("  inner has {}", inner.value.0);
    let Inner { value, .. } = *inner;
    println!("  value {}", value.0);
    println!("end");
}
