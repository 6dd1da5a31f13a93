//@ run-pass
//@ spec: 20.4
// Naive checker: rejects take() through an &mut Option after a reborrow of its contents.
struct Slot { item: Option<String>, uses: u32 }
fn consume(slot: &mut Slot) -> Option<String> {
    if let Some(s) = slot.item.as_mut() {
        s.push('!');
        slot.uses += 1;
    }
    slot.item.take()
}
fn main() {
    let mut slot = Slot { item: Some(String::from("x")), uses: 0 };
    let a = consume(&mut slot);
    let b = consume(&mut slot);
    println!("{:?} {:?} {}", a, b, slot.uses);
}
