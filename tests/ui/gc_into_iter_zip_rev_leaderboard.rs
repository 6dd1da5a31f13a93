//@ spec: 16.3, 16.5, 17.8, 17.9
// Two owned Vecs are consumed with into_iter().zip() into owned records; rev, skip, take,
// position, any/all and fold then work over the new Vec while the originals are gone.
#[derive(Debug)]
struct Entry {
    player: String,
    points: u32,
}

fn main() {
    let names = vec![String::from("zed"), String::from("amy"), String::from("kim"), String::from("bo"), String::from("lu")];
    let points = vec![120, 340, 90, 340, 15];
    let mut board: Vec<Entry> = names
        .into_iter()
        .zip(points.into_iter())
        .map(|(player, points)| Entry { player, points })
        .collect();
    board.sort_by(|a, b| b.points.cmp(&a.points));
    for (place, e) in board.iter().enumerate().take(3) {
        println!("#{} {:<4} {:>4}", place + 1, e.player, e.points);
    }
    let bottom: Vec<&str> = board.iter().rev().take(2).map(|e| e.player.as_str()).collect();
    println!("bottom two {:?}", bottom);
    let kim_at = board.iter().position(|e| e.player == "kim");
    println!("kim at {:?}, anyone over 300: {}, all over 10: {}", kim_at,
             board.iter().any(|e| e.points > 300), board.iter().all(|e| e.points > 10));
    let (count, total) = board.iter().skip(1).fold((0, 0), |(c, t), e| (c + 1, t + e.points));
    println!("rest: {} players, {} points", count, total);

    let winners: Vec<String> = board
        .into_iter()
        .filter(|e| e.points >= 100)
        .map(|e| format!("{}!", e.player))
        .collect();
    println!("{:?}", winners);
    let lens: Vec<usize> = winners.iter().rev().map(|w| w.len()).collect();
    println!("{:?}", lens);
}
