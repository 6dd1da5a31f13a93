//@ run-pass
//@ spec: 9.9
// Drops in generic bodies: a T that needs no drop loses its drops in the instance; one
// that needs drop gets its drop glue, with drop flags where the generic body moves the
// value on one path only, and in rustc's order (locals in reverse, then parameters).
struct Tag(u32);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

struct Holder<T> {
    item: T,
    id: u32,
}

fn consume_if<T>(cond: bool, x: T) -> u32 {
    let sink;
    if cond {
        sink = x;
        println!("moved into sink");
        let _keep = sink;
        1
    } else {
        println!("left in parameter");
        0
    }
}

fn order<T>(a: T, b: T, c: T) {
    let _x = a;
    let _y = c;
    println!("end of order");
    let _ = b;
}

fn replace_item<T>(h: &mut Holder<T>, new: T) -> T {
    std::mem::replace(&mut h.item, new)
}

fn overwrite<T>(slot: &mut T, value: T) {
    *slot = value;
    println!("overwritten");
}

fn main() {
    println!("{}", consume_if(true, Tag(1)));
    println!("{}", consume_if(false, Tag(2)));
    println!("{}", consume_if(true, 5u64));
    println!("{}", consume_if(false, String::from("x")));
    order(Tag(10), Tag(11), Tag(12));
    order(1, 2, 3);
    let mut h = Holder { item: Tag(20), id: 1 };
    let old = replace_item(&mut h, Tag(21));
    println!("old {} id {}", old.0, h.id);
    let mut hn = Holder { item: 5i8, id: 2 };
    println!("{} {}", replace_item(&mut hn, -5), hn.item);
    let mut t = Tag(30);
    overwrite(&mut t, Tag(31));
    println!("now {}", t.0);
    let mut v = vec![1];
    overwrite(&mut v, vec![2, 3]);
    println!("{:?}", v);
}
