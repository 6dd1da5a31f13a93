//@ spec: 12.3, 12.4
// A closure owns what it captures by value and drops it with itself; one that moves a
// capture out (FnOnce) hands it over when called and leaves nothing to drop after.
struct Note(&'static str);
impl Drop for Note {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Note {
    fn into_text(self) -> &'static str {
        self.0
    }
}

fn run_once<F: FnOnce() -> &'static str>(f: F) -> &'static str {
    f()
}

fn main() {
    let kept = Note("kept");
    let show = move || println!("showing {}", kept.0);
    show();
    show();
    let given = Note("given");
    let give = || given.into_text();
    println!("gave {}", give());
    let both = (Note("pair-a"), Note("pair-b"));
    let split = move || {
        let (a, _b) = both;
        a.0
    };
    println!("split {}", split());
    let passed = Note("passed");
    println!("ran {}", run_once(move || passed.into_text()));
    let unused = Note("never called");
    let _idle = move || unused.0.len();
    println!("end");
}
