//@ spec: 12.9
// An undo buffer built on mem::replace, mem::take and mem::swap: the values change hands
// without being dropped, and only what the program finally lets go of is destroyed.
use std::mem;

struct Draft {
    text: String,
}
impl Drop for Draft {
    fn drop(&mut self) {
        println!("draft '{}' deleted", self.text);
    }
}

#[derive(Default)]
struct History {
    saved: Vec<Draft>,
}

struct Editor {
    current: Draft,
    history: History,
}

impl Editor {
    fn edit(&mut self, text: &str) {
        let old = mem::replace(&mut self.current, Draft { text: String::from(text) });
        self.history.saved.push(old);
    }
    fn undo(&mut self) {
        if let Some(prev) = self.history.saved.pop() {
            let discarded = mem::replace(&mut self.current, prev);
            println!("undo drops '{}'", discarded.text);
        }
    }
    fn flush(&mut self) -> History {
        mem::take(&mut self.history)
    }
}

fn main() {
    let mut ed = Editor { current: Draft { text: String::from("v1") }, history: History::default() };
    ed.edit("v2");
    ed.edit("v3");
    ed.edit("v4");
    println!("current {} with {} saved", ed.current.text, ed.history.saved.len());
    ed.undo();
    println!("current {}", ed.current.text);
    let old = ed.flush();
    println!("flushed {} drafts, editor keeps {}", old.saved.len(), ed.history.saved.len());
    drop(old);
    println!("after dropping flushed history");
    let mut other = Draft { text: String::from("other") };
    mem::swap(&mut ed.current, &mut other);
    println!("swapped: editor {} other {}", ed.current.text, other.text);
    println!("end of main");
}
