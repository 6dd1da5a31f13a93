//@ spec: 17.8
// truncate and clear drop the removed elements in index order; pop and remove hand the
// element to the caller, who drops it when its binding dies; the rest go with the Vec.
struct Page(u32);
impl Drop for Page {
    fn drop(&mut self) {
        println!("page {} recycled", self.0);
    }
}

fn book(n: u32) -> Vec<Page> {
    let mut v = Vec::new();
    for i in 1..=n {
        v.push(Page(i));
    }
    v
}

fn main() {
    let mut pages = book(8);
    println!("truncate to 5");
    pages.truncate(5);
    println!("truncate to 9 (no effect)");
    pages.truncate(9);
    println!("pop");
    if let Some(p) = pages.pop() {
        println!("popped page {}", p.0);
    }
    println!("remove index 1");
    let removed = pages.remove(1);
    println!("removed page {}, {} left", removed.0, pages.len());
    println!("pop and discard");
    pages.pop();
    println!("left: {}", pages.len());
    let mut other = book(3);
    println!("clear other");
    other.clear();
    println!("other is empty: {}", other.is_empty());
    other.push(Page(100));
    println!("end of main");
}
